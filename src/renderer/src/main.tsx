import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/index.css';
import { App, reloadViewData } from './app/App';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { resetReady } from './app/ready';
import { startSync } from './store/sync';
import { isSubmitPage } from './views/submit/submit-route';

document.documentElement.dataset.appState = 'loading';
// before the router's own listener: the new view's data marks the page ready again
window.addEventListener('hashchange', resetReady);
// the reporters' page has nothing to follow, and its token is refused by the event socket
if (!isSubmitPage(window.location.hash)) startSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* the last resort, for what fails outside a view (the top bar): each view has its own boundary in App */}
    <ViewErrorBoundary onReload={reloadViewData}>
      <App />
    </ViewErrorBoundary>
  </StrictMode>
);
