import type { Args, Command, Result } from '../../preload/contract';
import type { Services } from '../kernel/services';

/** One handler per command. The mapped type makes a missing or mistyped handler a compile error. */
export type Handlers = { readonly [C in Command]: (args: Args<C>) => Promise<Result<C>> };

export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => s.app.info(),

    'config.get': () => s.config.view(),
    'config.setTenant': (args) => s.config.setTenant(args),
    'config.useDemo': () => s.config.useDemo(),
    'config.setHandoff': (args) => s.config.setHandoff(args),

    'auth.status': () => s.auth.status(),
    'auth.signIn': (args) => s.auth.signIn(args),
    'auth.cancel': () => s.auth.cancel(),
    'auth.signOut': () => s.auth.signOut(),
    'auth.refreshRoles': () => s.auth.refreshRoles(),
    'pim.activate': (args) => s.pim.activate(args),
    'pim.deactivate': (args) => s.pim.deactivate(args),

    'users.search': (args) => s.users.search(args),
    'users.card': (args) => s.users.card(args),
    'users.cancel': () => s.users.cancel(),

    'tap.mint': (args) => s.tap.mint(args),
    'tap.revoke': (args) => s.tap.revoke(args),

    'handoff.copy': (args) => s.handoff.copy(args),
    'handoff.spell': (args) => s.handoff.spell(args),
    'handoff.close': (args) => s.handoff.close(args),

    'audit.list': (args) => s.audit.list(args),
    'audit.verify': () => s.audit.verify(),
    'audit.exportCsv': () => s.audit.exportCsv(),
    'audit.forwarding': () => s.auditForwarding.view(),

    'queue.get': () => s.queue.get(),
    'queue.import': (args) => s.queue.import(args),
    'queue.check': (args) => s.queue.check(args),
    'queue.cancel': () => s.queue.cancel(),
    'queue.clear': () => s.queue.clear(),
    'queue.exportCsv': () => s.queue.exportCsv(),

    'shell.openHelp': (args) => s.help.open(args),

    'follow.list': () => s.follow.list(),
    'follow.stop': (args) => s.follow.stop(args),
    'follow.revoke': (args) => s.follow.revoke(args),
    'demo.playPerson': (args) => s.follow.playPerson(args),
  };
}
