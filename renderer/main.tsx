/** Renderer entry: Griffel through constructable sheets (CSP-safe), the bridge, the session. */
import { RendererProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { BridgeContext, windowBridge } from './bridge';
import { SessionProvider } from './session/session-provider';
import { createCspGriffelRenderer } from './theme/csp-griffel-renderer';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <RendererProvider renderer={createCspGriffelRenderer(document)} targetDocument={document}>
        <BridgeContext.Provider value={windowBridge()}>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BridgeContext.Provider>
      </RendererProvider>
    </StrictMode>,
  );
}
