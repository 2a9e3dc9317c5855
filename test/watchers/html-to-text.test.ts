import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText } from '../../watchers/html-to-text.js'

describe('htmlToText', () => {
  it('turns Mastodon content into plain text with line breaks', () => {
    const html =
      '<p>T’es qu’une <strong>grosse</strong> nulle <a href="https://piaille.test/tags/harcelement" class="mention hashtag" rel="tag">#<span>harcelement</span></a></p><p>ligne 2<br>ligne 3<br />fin</p>'
    expect(htmlToText(html)).toBe('T’es qu’une grosse nulle #harcelement\n\nligne 2\nligne 3\nfin')
  })

  it('decodes named and numeric entities, leaves unknown ones', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &eacute;l&egrave;ve &#233; &#xE9; &#x1F600; &nope; & ;')).toBe('<b> & élève é é 😀 &nope; & ;')
    expect(decodeEntities('&#0; &#xD800; &#99999999;')).toBe('\ufffd \ufffd \ufffd')
  })

  it('drops script, style and comments, keeps a lone "<"', () => {
    expect(htmlToText('a<script>alert("<p>x</p>")</SCRIPT>b<!-- hidden -->c<style>p{}</style> 1 < 2')).toBe('abc 1 < 2')
  })

  it('never treats tag text as markup after decoding', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>')
  })

  it('stays linear on hostile input', () => {
    const hostile = '<'.repeat(200_000) + '<a'.repeat(100_000) + '&'.repeat(100_000) + '<script>'.repeat(20_000)
    const start = performance.now()
    htmlToText(hostile)
    // Not a timing assertion on the code under test: a guard against a hang.
    expect(performance.now() - start).toBeLessThan(5_000)
  })
})
