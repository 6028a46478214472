import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlMainText } from './html-main-text';
import { extractMainText } from './main-text';

const PAGE = `<!doctype html><html><head><title>中哈联合声明全文_示例网</title><script>var tracker = '哈萨克斯坦';</script></head>
<body>
<nav><a href="/">首页</a> <a href="/kz">哈萨克斯坦专题</a> <a href="/sco">上海合作组织专题</a></nav>
<div class="cookie">本网站使用Cookie。<button>接受</button></div>
<article><h1>中华人民共和国和哈萨克斯坦共和国联合声明</h1>
<p>应哈萨克斯坦共和国总统托卡耶夫邀请，中华人民共和国主席习近平对哈萨克斯坦进行国事访问，两国元首在阿斯塔纳举行会谈。</p>
<p>双方一致认为，中哈永久全面战略伙伴关系保持高水平发展，两国政治互信不断深化，各领域合作成果丰硕，惠及两国人民。</p>
<p>双方愿继续在上海合作组织、亚洲相互协作与信任措施会议等多边框架内加强协调配合，共同维护地区和平稳定与发展繁荣。</p>
</article>
<aside><h3>热门</h3><ul><li><a>秋季养生指南</a></li><li><a>手机评测</a></li></ul></aside>
<footer>版权所有 示例网 联系我们</footer>
</body></html>`;

describe('extractMainText', () => {
  it('returns the title and article paragraphs without chrome or scripts', () => {
    const { title, text } = htmlMainText(PAGE);
    expect(title).toBe('中哈联合声明全文_示例网');
    expect(text).toContain('应哈萨克斯坦共和国总统托卡耶夫邀请');
    expect(text).toContain('双方一致认为');
    for (const chrome of ['首页', '专题', 'Cookie', '秋季养生', '版权所有', 'tracker']) expect(text).not.toContain(chrome);
    // One line per paragraph, for the annotator.
    expect(text.split('\n').filter((line) => line.startsWith('双方'))).toHaveLength(2);
  });

  it('leaves the given document untouched', () => {
    const { document } = parseHTML(PAGE);
    const before = document.documentElement.outerHTML;
    extractMainText(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('falls back to the visible body text when there is no article', () => {
    const { title, text } = htmlMainText('<html><head><title>短讯</title></head><body><p>短</p><script>x()</script></body></html>');
    expect(title).toBe('短讯');
    expect(text).toBe('短');
  });

  it('never throws on malformed or empty input', () => {
    for (const html of ['', '<<<>>>', '<p>未闭合<b>', '<html><body>' + '<div>'.repeat(5000) + '深层' + '</div>'.repeat(5000), '\u0000']) {
      const result = htmlMainText(html);
      expect(typeof result.title).toBe('string');
      expect(typeof result.text).toBe('string');
    }
    expect(htmlMainText('<div><p>片段没有html标签</p></div>').text).toBe('片段没有html标签');
  });
});
