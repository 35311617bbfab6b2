/** The release commands, in the order --help lists them. */
import type { Command } from './command.js';
import { deleteCommand } from './delete.js';
import { downloadCommand } from './download.js';
import { latestCommand } from './latest.js';
import { listCommand } from './list.js';
import { showCommand } from './show.js';

export const COMMANDS: readonly Command[] = [listCommand, showCommand, latestCommand, downloadCommand, deleteCommand];
