/**
 * The app's bridge, with the startup questions already sent. main.tsx imports this module
 * first: ES modules run in import order, so the questions leave before React DOM, Fluent and the
 * app are evaluated, and their round trips overlap that work.
 */
import { windowBridge } from '../bridge';
import { withStartupReplies } from './startup-replies';

export const earlyBridge = withStartupReplies(windowBridge());
