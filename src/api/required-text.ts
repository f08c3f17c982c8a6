// One rule for empty input across the API: a text argument that names or looks for something
// (an id, a name, a search text, a `from`) must hold more than spaces. Blank is BAD_USER_INPUT
// naming the argument, never a silent null or an empty list.
import { badInput } from './errors.js';

export function requireText(argument: string, value: string): string {
  if (value.trim() === '') throw badInput(`\`${argument}\` must not be empty`, argument);
  return value;
}
