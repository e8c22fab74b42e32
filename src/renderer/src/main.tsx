import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/index.css';
import { App } from './app/App';
import { resetReady } from './app/ready';
import { startSync } from './store/sync';

document.documentElement.dataset.appState = 'loading';
// before the router's own listener: the new view's data marks the page ready again
window.addEventListener('hashchange', resetReady);
startSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
