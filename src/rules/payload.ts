/** Helpers over the momoa tree of an article's JSON payload: nodes by path, offsets in the article. */
import type * as momoa from '@humanwhocodes/momoa';
import type { Payload } from '../parse/index.js';

export type JsonNode = momoa.AnyNode;

/** The node at a JSON pointer's segments; the deepest existing node when the path runs out. */
export function jsonNodeAt(document: momoa.DocumentNode, segments: string[]): JsonNode {
  let node: JsonNode = document.body;
  for (const key of segments) {
    if (node.type === 'Object') {
      const member: momoa.MemberNode | undefined = node.members.find(
        (m) => m.name.type === 'String' && m.name.value === key,
      );
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
  return node.type === 'Object'
    ? node.members.find((m) => m.name.type === 'String' && m.name.value === key)
    : undefined;
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
  /** the `order` value, when a number */
  order?: { value: number; node: JsonNode };
  /** `controlType`, lower-cased, and as written, when a string */
  controlType?: { value: string; raw: string; node: JsonNode };
  /** the `useAsAdditionalDetails` member, when its value is `true` */
  additionalDetails?: JsonNode;
  /** the options array's member (`dropdownOptions`, `radioButtonOptions`) or `dynamicDropdownOptions`, when present */
  optionsMember?: momoa.MemberNode;
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
    const orderNode = member(node, 'order')?.value;
    const control = member(node, 'controlType')?.value;
    const details = member(node, 'useAsAdditionalDetails')?.value;
    const options: FormElement['options'] = [];
    const optionsMember =
      member(node, 'dropdownOptions') ?? member(node, 'radioButtonOptions') ?? member(node, 'dynamicDropdownOptions');
    const dropdown = optionsMember?.value;
    if (dropdown?.type === 'Array') {
      for (const o of dropdown.elements) {
        const v = member(o.value, 'value')?.value;
        if (v && (v.type === 'String' || v.type === 'Number' || v.type === 'Boolean'))
          options.push({ value: v.value, node: v });
      }
    }
    out.push({
      index,
      node,
      id: id?.type === 'String' ? { value: id.value, node: id } : undefined,
      visibility: visibility?.type === 'String' ? { value: visibility.value, node: visibility } : undefined,
      options,
      optionsMember,
      order: orderNode?.type === 'Number' ? { value: orderNode.value, node: orderNode } : undefined,
      controlType:
        control?.type === 'String'
          ? { value: control.value.toLowerCase(), raw: control.value, node: control }
          : undefined,
      additionalDetails: details?.type === 'Boolean' && details.value ? details : undefined,
    });
  });
  return out;
}

export interface Comparison {
  /** the element id compared, trimmed, and its offset in the expression */
  ref: string;
  refStart: number;
  operator: '==' | '!=';
  /** the value compared against, trimmed */
  value: string;
}

/**
 * The comparisons of a visibility expression (`a == Yes && (b != No || c == x)`): the expression is cut at
 * `&&`, `||`, `&`, `|` and parentheses, and each piece holding `==` or `!=` is one comparison. One pass over
 * the text, so spaces or long expressions cost linear time.
 */
export function comparisons(expression: string): Comparison[] {
  const out: Comparison[] = [];
  let start = 0;
  const piece = (from: number, to: number) => {
    const text = expression.slice(from, to);
    const eq = text.indexOf('==');
    const ne = text.indexOf('!=');
    const m = eq === -1 ? ne : ne === -1 ? eq : Math.min(eq, ne);
    if (m === -1) return;
    const left = text.slice(0, m);
    const ref = left.trim();
    if (!ref) return;
    const refStart = from + (left.length - left.trimStart().length);
    out.push({ ref, refStart, operator: text.slice(m, m + 2) as '==' | '!=', value: text.slice(m + 2).trim() });
  };
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (c === '&' || c === '|' || c === '(' || c === ')') {
      piece(start, i);
      start = i + 1;
    }
  }
  piece(start, expression.length);
  return out;
}
