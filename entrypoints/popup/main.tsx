import { createRoot } from 'react-dom/client';
import { Popup } from '@/entrypoints/popup/Popup';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(<Popup />);
