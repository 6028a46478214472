import { createRoot } from 'react-dom/client';
import { Panel } from '@/components/panel/Panel';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(<Panel />);
