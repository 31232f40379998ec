import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ApiProvider } from './api/api-context';
import { connectApi } from './api/connect-api';
import './app/app.css';

const root = createRoot(document.getElementById('root')!);
try {
  const connection = connectApi(window);
  root.render(
    <StrictMode>
      <ApiProvider connection={connection}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
} catch (err) {
  root.render(<p className="fatal">{(err as Error).message}</p>);
}
