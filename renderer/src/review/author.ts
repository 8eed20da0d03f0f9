// The reviewer's name for annotations and replies, remembered in localStorage (per machine, not in the
// document).
const KEY = 'hallflow.reviewAuthor';

export function loadAuthor(storage: Pick<Storage, 'getItem'> | null = safeStorage()): string {
  try {
    return storage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveAuthor(name: string, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(KEY, name);
  } catch {
    /* storage disabled: the name lasts for this session only */
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
