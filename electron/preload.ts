import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../shared/ipc/channels';
import type { JuryBridge } from '../shared/ipc/contract';

/**
 * The renderer's only door to the main process: one invoke() limited to the contract's
 * channels. No ipcRenderer, no Node, no event emitters are exposed.
 */
const bridge = {
  invoke: (channel, input) => {
    if (!isChannel(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, input);
  },
} satisfies JuryBridge;

contextBridge.exposeInMainWorld('jury', bridge);
