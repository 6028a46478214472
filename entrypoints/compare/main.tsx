import { createRoot } from 'react-dom/client';
import { CompareTab } from './CompareTab';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(<CompareTab />);
