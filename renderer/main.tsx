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
import { StartupRepliesContext } from './session/startup-context';
import { createCspGriffelRenderer } from './theme/csp-griffel-renderer';

/**
 * How long the first render waits for the startup replies. They normally arrive within a few
 * milliseconds of this script; past this, the app renders its spinner rather than a blank page.
 */
const startupWaitMs = 150;

function render(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <RendererProvider renderer={createCspGriffelRenderer(document)} targetDocument={document}>
        <BridgeContext.Provider value={earlyBridge}>
          <StartupRepliesContext.Provider value={earlyBridge.peek}>
            <SessionProvider>
              <App />
            </SessionProvider>
          </StartupRepliesContext.Provider>
        </BridgeContext.Provider>
      </RendererProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) {
  // With the replies in hand, the first render is the screen itself, not a spinner and then it.
  const waited = new Promise((resolve) => setTimeout(resolve, startupWaitMs));
  void Promise.race([earlyBridge.settled, waited]).then(() => render(container));
}
