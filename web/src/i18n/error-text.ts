// What went wrong, said in the page's language. The API's messages are English sentences for
// developers; the page shows its own sentence for each error code instead.
import { ApiError } from '../api/api-error.js';
import { el, properName } from '../dom.js';
import { pick, type Bilingual } from './language.js';

const MESSAGES: Record<string, Bilingual> = {
  ACTOR_NOT_FOUND: ['没有名为或包含“{text}”的主体。', 'No actor is named or matches “{text}”.'],
  AMBIGUOUS_ACTOR: ['“{text}”对应多个主体，请选择一个：', '“{text}” matches several actors; choose one:'],
  BAD_USER_INPUT: ['请求的参数有误，请检查输入。', 'The request has an invalid argument; check what you entered.'],
  SEARCH_TOO_BROAD: ['搜索范围太大：请减少跳数或限定经由类型。', 'The search is too broad: use fewer hops or name the via kinds.'],
  QUERY_TIMEOUT: ['查询超时，请缩小范围再试。', 'The query took too long; narrow it and try again.'],
  SERVICE_UNAVAILABLE: ['数据库暂时不可用，请稍后再试。', 'The database is not available right now; try again later.'],
  UNAUTHENTICATED: ['需要登录或 API 密钥。', 'A login or API key is needed.'],
  FORBIDDEN: ['没有执行此操作的权限。', 'You may not do this.'],
  NETWORK: ['无法连接服务器。', 'The server could not be reached.'],
  BAD_RESPONSE: ['服务器的回答无法读取。', 'The server\'s answer could not be read.'],
  PAGE: ['页面出错了，请刷新后再试。', 'The page failed; reload and try again.'],
};
const FALLBACK: Bilingual = ['服务器出错了（{code}）。', 'The server failed ({code}).'];

/** The message for an error, in the current language; `{text}` is what the user typed. */
export function errorMessage(error: unknown): string {
  return errorParts(error).map((part) => (typeof part === 'string' ? part : part.textContent)).join('');
}

/** The message as text and elements: what the user typed is marked in its own language. */
export function errorParts(error: unknown): (string | Node)[] {
  const code = error instanceof ApiError ? error.code : 'PAGE';
  const text = error instanceof ApiError ? (error.text ?? '') : '';
  return pick(MESSAGES[code] ?? FALLBACK)
    .split(/(\{text\}|\{code\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{text}' ? properName(text) : part === '{code}' ? el('code', { translate: false }, code) : part));
}
