/** Helpers over the momoa tree of an article's JSON payload: nodes by path, offsets in the article. */
import type * as momoa from '@humanwhocodes/momoa';
import type { Payload } from '../parse/index.js';

export type JsonNode = momoa.AnyNode;

/** The node at a JSON pointer's segments; the deepest existing node when the path runs out. */
export function jsonNodeAt(document: momoa.DocumentNode, segments: string[]): JsonNode {
  let node: JsonNode = document.body;
  for (const key of segments) {
    if (node.type === 'Object') {
      const member: momoa.MemberNode | undefined = node.members.find((m) => m.name.type === 'String' && m.name.value === key);
      if (!member) return node;
      node = member.value;
    } else if (node.type === 'Array') {
      const element: momoa.ElementNode | undefined = node.elements[Number(key)];
      if (!element) return node;
      node = element.value;
    } else return node;
  }
  return node;
}

export function member(node: JsonNode, key: string): momoa.MemberNode | undefined {
  return node.type === 'Object' ? node.members.find((m) => m.name.type === 'String' && m.name.value === key) : undefined;
}

/** Offsets of a node in the article text. */
export function span(payload: Payload, node: JsonNode): { start: number; end: number } {
  return { start: payload.jsonStart + node.loc.start.offset, end: payload.jsonStart + node.loc.end.offset };
}

export interface FormElement {
  index: number;
  node: momoa.ObjectNode;
  id?: { value: string; node: JsonNode };
  visibility?: { value: string; node: JsonNode };
  options: Array<{ value: unknown; node: JsonNode }>;
}

/** The elements of a problem-scoping form, with the nodes the form rules point at. */
export function formElements(payload: Payload | null): FormElement[] {
  const body = payload?.document?.body;
  if (!body) return [];
  const list = member(body, 'formElements')?.value;
  if (!list || list.type !== 'Array') return [];
  const out: FormElement[] = [];
  list.elements.forEach((el, index) => {
    if (el.value.type !== 'Object') return;
    const node = el.value;
    const id = member(node, 'id')?.value;
    const visibility = member(node, 'visibility')?.value;
    const options: FormElement['options'] = [];
    const dropdown = (member(node, 'dropdownOptions') ?? member(node, 'radioButtonOptions'))?.value;
    if (dropdown?.type === 'Array') {
      for (const o of dropdown.elements) {
        const v = member(o.value, 'value')?.value;
        if (v && (v.type === 'String' || v.type === 'Number' || v.type === 'Boolean')) options.push({ value: v.value, node: v });
      }
    }
    out.push({
      index,
      node,
      id: id?.type === 'String' ? { value: id.value, node: id } : undefined,
      visibility: visibility?.type === 'String' ? { value: visibility.value, node: visibility } : undefined,
      options,
    });
  });
  return out;
}
