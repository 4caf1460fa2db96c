import { Fragment, type ReactNode } from 'react';

/** Like fill(), but placeholders may be React nodes: fillNodes('{count} places', { count: <b>3</b> }). */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const key = part.match(/^\{(\w+)\}$/)?.[1];
    return <Fragment key={i}>{key && key in values ? values[key] : part}</Fragment>;
  });
}
