/**
 * The IPC channel names, in a module of their own so that the preload script can check
 * a channel without bundling the schemas.
 */
export const CHANNELS = [
  'app:info',
  'settings:get',
  'settings:set',
  'templates:list',
  'contests:list',
  'contests:create',
  'contests:createFromFile',
  'contests:open',
  'contests:forget',
  'contests:get',
  'contests:save',
  'contests:exportDefinition',
  'contests:backup',
  'contests:reveal',
  'entries:list',
  'entries:update',
  'entries:decide',
  'entries:openLink',
  'entries:openMedia',
  'audit:list',
  'import:choose',
  'import:preview',
  'import:commit',
  'packages:info',
  'packages:export',
  'keys:info',
  'keys:create',
  'keys:choose',
  'scores:list',
  'scores:openPackage',
  'scores:state',
  'scores:set',
  'scores:undo',
  'scores:submit',
  'scores:openLink',
  'app:takeOpened',
] as const;

export type Channel = (typeof CHANNELS)[number];
export const isChannel = (c: unknown): c is Channel => CHANNELS.includes(c as Channel);
