// Renderer entry: picks the platform, opens the start document (crash recovery or the sample hall) and
// mounts the app.
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { getPlatform } from './platform';
import { bootDocument } from './app/boot';
import './styles.css';

async function start(): Promise<void> {
  const platform = getPlatform();
  const boot = await bootDocument(platform, new URLSearchParams(location.search));
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <App platform={platform} boot={boot} />
    </StrictMode>,
  );
}

void start();
