import { describe, expect, it } from 'vitest';
import { debuggingRefusal, debuggingSwitch } from '../../../main/security/debug-switches';

describe('debuggingSwitch', () => {
  it.each([
    [['--remote-debugging-port=9222'], 'remote-debugging-port'],
    [['--remote-debugging-port', '9222'], 'remote-debugging-port'],
    [['--remote-debugging-pipe'], 'remote-debugging-pipe'],
    [['--inspect'], 'inspect'],
    [['--inspect=127.0.0.1:9229'], 'inspect'],
    [['--inspect-brk=0'], 'inspect-brk'],
    [['--inspect-port=9229'], 'inspect-port'],
    // Chromium also reads single-dash switches, and Windows reads /switch, case-insensitively.
    [['-remote-debugging-port=9222'], 'remote-debugging-port'],
    [['/Remote-Debugging-Port=9222'], 'remote-debugging-port'],
    [['--REMOTE-DEBUGGING-PIPE'], 'remote-debugging-pipe'],
    [['some-file.txt', '--inspect'], 'inspect'],
  ])('refuses %j', (argv, name) => {
    expect(debuggingSwitch(argv)).toBe(name);
  });

  it.each([
    [[]],
    [['--lang=de']],
    [['--inspector-colours']],
    [['--remote-debugging-portal']],
    // After a bare `--` nothing is a switch.
    [['--', '--inspect']],
  ])('lets %j through', (argv) => {
    expect(debuggingSwitch(argv)).toBeNull();
  });

  it('says what happened and what to do in one sentence', () => {
    const sentence = debuggingRefusal('remote-debugging-port');
    expect(sentence).toBe(
      'TAP Desk does not start with the debugging switch --remote-debugging-port: remove it and start TAP Desk again.',
    );
    expect(sentence.split('. ')).toHaveLength(1);
  });
});
