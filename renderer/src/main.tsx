// Must stay the first import: see early-requests.ts.
import { early } from './early-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { App } from './app/app';
import './app/app.css';

const root = createRoot(document.getElementById('root')!);
if ('error' in early) {
  root.render(<p className="fatal">{early.error}</p>);
} else {
  const { connection } = early;
  early.boot.then(
    (boot) =>
      root.render(
        <StrictMode>
          <ApiProvider connection={connection}>
            <App boot={boot} />
          </ApiProvider>
        </StrictMode>,
      ),
    // Routes answer errors as data; this is only for a bridge that itself broke, so the window is never left blank.
    (err: unknown) => root.render(<p className="fatal">Listing Studio could not start: {(err as Error).message}</p>),
  );
}
