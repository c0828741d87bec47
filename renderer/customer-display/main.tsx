/**
 * The customer display's own entry: no desk code, no commands (main answers none from this
 * window), only the pass main sends it. Griffel through constructable sheets, as the desk's.
 */
import { RendererProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { windowBridge } from '../bridge';
import { createCspGriffelRenderer } from '../theme/csp-griffel-renderer';
import { CustomerDisplayPage } from './customer-display-page';
import { createCustomerPassStore } from './customer-pass-store';

const store = createCustomerPassStore(windowBridge());

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <RendererProvider renderer={createCspGriffelRenderer(document)} targetDocument={document}>
        <CustomerDisplayPage store={store} />
      </RendererProvider>
    </StrictMode>,
  );
}
