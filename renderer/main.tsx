/**
 * Renderer entry: Griffel through constructable sheets (CSP-safe), the bridge (with the startup
 * questions already on their way), the session.
 */
// First, so the startup questions are sent before everything below is evaluated.
import { earlyBridge } from './session/early-bridge';
import { RendererProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { BridgeContext } from './bridge';
import { SessionProvider } from './session/session-provider';
import { createCspGriffelRenderer } from './theme/csp-griffel-renderer';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <RendererProvider renderer={createCspGriffelRenderer(document)} targetDocument={document}>
        <BridgeContext.Provider value={earlyBridge}>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BridgeContext.Provider>
      </RendererProvider>
    </StrictMode>,
  );
}
