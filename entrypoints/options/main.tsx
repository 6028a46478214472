import { createRoot } from 'react-dom/client';
import { Options } from '@/entrypoints/options/Options';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(<Options />);
