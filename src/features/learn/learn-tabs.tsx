import { useRef, type KeyboardEvent } from 'react';

export interface TabDefinition<Id extends string> {
  id: Id;
  label: string;
}

interface LearnTabsProps<Id extends string> {
  tabs: readonly TabDefinition<Id>[];
  selected: Id;
  label: string;
  onSelect: (id: Id) => void;
}

/** Returns the id of the tab element; its panel is labelled by it. */
export function tabElementId(id: string): string {
  return `learn-tab-${id}`;
}

export function panelElementId(id: string): string {
  return `learn-panel-${id}`;
}

/**
 * A tab list that follows the WAI-ARIA tabs pattern: one tab stop, arrow keys move between tabs
 * and select them, Home and End jump to the ends.
 */
export function LearnTabs<Id extends string>({ tabs, selected, label, onSelect }: LearnTabsProps<Id>) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>());

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = tabs[targets[event.key] ?? -1];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target.id);
    buttons.current.get(target.id)?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={label}
      onKeyDown={handleKeyDown}
      className="flex flex-wrap gap-x-1 border-b border-slate-200 dark:border-slate-700"
    >
      {tabs.map((tab) => {
        const active = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabElementId(tab.id)}
            aria-selected={active}
            aria-controls={panelElementId(tab.id)}
            tabIndex={active ? 0 : -1}
            data-testid={`learn-tab-${tab.id}`}
            onClick={() => onSelect(tab.id)}
            className={`-mb-px shrink-0 whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
              active
                ? 'border-sky-700 text-sky-900 dark:border-sky-300 dark:text-sky-100'
                : 'border-transparent text-slate-700 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white'
            }`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
