import { createRoot } from 'react-dom/client';
import { Panel } from '@/entrypoints/sidepanel/Panel';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(<Panel />);
