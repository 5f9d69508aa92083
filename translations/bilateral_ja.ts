<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AtomicFile</name>
    <message>
        <source>it is a symbolic link that another user made in a shared folder; Bilateral does not write through it</source>
        <translation>共有フォルダーに他のユーザーが作ったシンボリックリンクです。Bilateral はこのリンクを通して書き込みません</translation>
    </message>
    <message>
        <source>the file is read-only; save under another name, or make it writable first</source>
        <translation>読み取り専用のファイルです。別の名前で保存するか、先に書き込み可能にしてください</translation>
    </message>
</context>
<context>
    <name>BilingualView</name>
    <message>
        <source>Wrapped around to the first highlighted passage.</source>
        <translation>最後まで到達したため、最初のハイライトされた箇所に戻りました。</translation>
    </message>
    <message>
        <source>Wrapped around to the last highlighted passage.</source>
        <translation>先頭まで到達したため、最後のハイライトされた箇所に移動しました。</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in both languages</source>
        <translation>両言語のテキストを検索します</translation>
    </message>
    <message>
        <source>&amp;Next Highlighted Passage</source>
        <translation>次のハイライトされた箇所(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Highlighted Passage</source>
        <translation>前のハイライトされた箇所(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>左右のペインを入れ替え(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Synchronize Scrolling</source>
        <translation>スクロールを同期(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Select an issue to step through its passages.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>争点を選択すると、その箇所を順に移動できます。</translation>
    </message>
    <message>
        <source>The selected issue has no passages yet.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>選択中の争点にはまだ箇所がありません。</translation>
    </message>
    <message>
        <source>Passage %1 of %2</source>
        <translation>箇所 %1 / %2</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paragraph Rows</source>
        <translation>段落ごとにそろえる(&amp;P)</translation>
    </message>
    <message>
        <source>Each paragraph starts level with its counterpart in the other language.</source>
        <translation>各段落が、もう一方の言語の対応する段落と同じ高さから始まります。</translation>
    </message>
    <message>
        <source>P&amp;assage Rows</source>
        <translation>箇所ごとにそろえる(&amp;A)</translation>
    </message>
    <message>
        <source>Each passage on a row of its own, to check how the two texts are aligned.</source>
        <translation>箇所ごとに一行ずつ並べて、二つのテキストの対応を確かめます。</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>上下に重ねる(&amp;T)</translation>
    </message>
    <message>
        <source>One column, each passage above its counterpart: for narrow windows and reading aloud.</source>
        <translation>一列に、各箇所の二つの言語を上下に並べます。狭いウィンドウや音読に向きます。</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <comment>where a find match is; %2: the words around it</comment>
        <translation>第%1箇所: %2</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>BRIEF</source>
        <comment>the kind of document, printed small above the title</comment>
        <translation>要約資料</translation>
    </message>
    <message>
        <source>Bottom line: </source>
        <comment>label before the briefing&apos;s summary</comment>
        <translation>要点：</translation>
    </message>
    <message>
        <source>Where each side stands</source>
        <comment>heading of the stance table</comment>
        <translation>各側の立場</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>a topic of the talks; column heading</comment>
        <translation>争点</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) in the full briefing.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>ほか %n 件の争点は完全版のブリーフィングを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stance summaries are left out for space; see the full briefing.</source>
        <comment>what did not fit on the page</comment>
        <translation>紙面の都合により立場の要約は省略しています。完全版のブリーフィングを参照してください。</translation>
    </message>
    <message>
        <source>Key passages</source>
        <comment>heading: the passages that show the stances</comment>
        <translation>主要箇所</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <comment>a passage&apos;s number</comment>
        <translation>¶ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more passage(s) in the full briefing.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>ほか %n 箇所は完全版のブリーフィングを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>footer</comment>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <comment>footer: date and time the brief was made</comment>
        <translation>作成：%1</translation>
    </message>
    <message>
        <source>The wording row is left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>紙面の都合により表現の行は省略しています。</translation>
    </message>
    <message>
        <source>Wording: </source>
        <comment>label before the contested terms each side uses</comment>
        <translation>表現: </translation>
    </message>
    <message>
        <source>Over time</source>
        <comment>heading: each side&apos;s positions on the issues at earlier meetings</comment>
        <translation>立場の推移</translation>
    </message>
    <message>
        <source>Δ marks a change of position; this meeting is in bold.</source>
        <comment>after the Over time heading: how to read the rows</comment>
        <translation>Δ は立場の変化、太字は今回の会談です。</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier</source>
        <comment>Over time rows: how many of the issue&apos;s meetings before those shown are left out</comment>
        <translation>
            <numerusform>… 以前 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later …</source>
        <comment>Over time rows: how many of the issue&apos;s meetings after those shown are left out</comment>
        <translation>
            <numerusform>以後 %n 回 …</numerusform>
        </translation>
    </message>
    <message>
        <source>The timeline rows are left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>推移の行は紙面の都合で省略しました。</translation>
    </message>
</context>
<context>
    <name>BriefPrinter</name>
    <message>
        <source>Export Brief as PDF</source>
        <translation>要約資料を PDF に書き出し</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>&amp;Export Brief as PDF…</source>
        <translation>要約資料を PDF に書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a one-page brief of this briefing as a PDF file</source>
        <translation>このブリーフィングの 1 ページの要約資料を PDF ファイルとして保存します</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>要約資料を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>要約資料の言語</translation>
    </message>
</context>
<context>
    <name>BriefingDocument</name>
    <message>
        <source>The briefing has no file of its own yet: use Save As.</source>
        <translation>このブリーフィングにはまだ自分のファイルがありません。「名前を付けて保存」を使ってください。</translation>
    </message>
</context>
<context>
    <name>BriefingHeader</name>
    <message>
        <source>Open the source in your web browser: %1</source>
        <translation>出典をウェブブラウザーで開きます：%1</translation>
    </message>
</context>
<context>
    <name>BriefingImport</name>
    <message>
        <source>bilateral: cannot read %1: %2</source>
        <translation>bilateral: %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>bilateral: the input holds no text to import</source>
        <translation>bilateral: 取り込むテキストがありません</translation>
    </message>
    <message>
        <source>bilateral: cannot write %1: %2</source>
        <translation>bilateral: %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>bilateral: %1 (%2 and %3): %4 pairs, %5 passages in one language only, %6 pairs the aligner was unsure of (below %7%)</source>
        <translation>bilateral: %1（%2と%3）: ペア %4 件、片方の言語だけの箇所 %5 件、整列器の確信が低いペア %6 件（%7% 未満）</translation>
    </message>
    <message>
        <source>bilateral: the %1 text holds no more than a headline; the passages have text in one language only</source>
        <translation>bilateral: %1のテキストには見出ししかありません。箇所には片方の言語のテキストしかありません</translation>
    </message>
</context>
<context>
    <name>BriefingLoader</name>
    <message>
        <source>JSON syntax error: unterminated object; expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>JSON 構文エラー：オブジェクトが閉じられていません。&quot;,&quot; または &quot;}&quot; が必要です。</translation>
    </message>
    <message>
        <source>JSON syntax error: expected &quot;:&quot; after the key</source>
        <translation>JSON 構文エラー：キーの後に &quot;:&quot; が必要です。</translation>
    </message>
    <message>
        <source>JSON syntax error: unterminated array; expected &quot;,&quot; or &quot;]&quot;</source>
        <translation>JSON 構文エラー：配列が閉じられていません。&quot;,&quot; または &quot;]&quot; が必要です。</translation>
    </message>
    <message>
        <source>JSON syntax error: expected &quot;,&quot; between values</source>
        <translation>JSON 構文エラー：値と値の間に &quot;,&quot; が必要です。</translation>
    </message>
    <message>
        <source>JSON syntax error: expected a value (a string, number, object, array, true, false or null)</source>
        <translation>JSON 構文エラー：値（文字列、数値、オブジェクト、配列、true、false、null のいずれか）が必要です。</translation>
    </message>
    <message>
        <source>JSON syntax error: the file ends inside a number</source>
        <translation>JSON 構文エラー：数値の途中でファイルが終わっています。</translation>
    </message>
    <message>
        <source>JSON syntax error: malformed number</source>
        <translation>JSON 構文エラー：数値の形式が正しくありません。</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid escape sequence in a string</source>
        <translation>JSON 構文エラー：文字列内のエスケープシーケンスが無効です。</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid UTF-8 in a string</source>
        <translation>JSON 構文エラー：文字列内に無効な UTF-8 があります。</translation>
    </message>
    <message>
        <source>JSON syntax error: unterminated string; expected a closing quotation mark</source>
        <translation>JSON 構文エラー：文字列が閉じられていません。閉じる引用符が必要です。</translation>
    </message>
    <message>
        <source>JSON syntax error: expected an object at the top level</source>
        <translation>JSON 構文エラー：最上位にはオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>JSON syntax error: nested too deeply</source>
        <translation>JSON 構文エラー：入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>JSON syntax error: the document is too large</source>
        <translation>JSON 構文エラー：ドキュメントが大きすぎます。</translation>
    </message>
    <message>
        <source>JSON syntax error: unexpected text after the end of the document</source>
        <translation>JSON 構文エラー：ドキュメントの終わりの後に余分なテキストがあります。</translation>
    </message>
    <message>
        <source>JSON syntax error</source>
        <translation>JSON 構文エラー</translation>
    </message>
    <message>
        <source>JSON syntax error: the file ends in the middle of the document; it may have been cut off</source>
        <translation>JSON 構文エラー：ドキュメントの途中でファイルが終わっています。ファイルが途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); a briefing must be UTF-8 text</source>
        <translation>無効な UTF-8 です（バイト 0x%1）。ブリーフィングは UTF-8 のテキストである必要があります。</translation>
    </message>
    <message>
        <source>JSON syntax error: the string is not closed before the end of the line; expected a closing quotation mark (a line break inside a text is written \n)</source>
        <translation>JSON 構文エラー：文字列が行末までに閉じられていません。閉じる引用符が必要です（テキスト内の改行は \n と記述します）。</translation>
    </message>
    <message>
        <source>JSON syntax error: a control character (U+%1) inside a string; write it as an escape such as \t</source>
        <translation>JSON 構文エラー：文字列内に制御文字（U+%1）があります。\t のようなエスケープで記述してください。</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep; a briefing needs only a few levels</source>
        <translation>値の入れ子が %1 階層を超えています。ブリーフィングに必要な階層はわずかです。</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;; expected %2</source>
        <translation>必須のキー &quot;%1&quot; がありません。%2 が必要です。</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 が必要です（実際の値：%2）。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; is ignored; expected one of: %2</source>
        <translation>不明なキー &quot;%1&quot; は無視されます（使用できるキー：%2）。</translation>
    </message>
    <message>
        <source>expected an object with the text in each language, such as {&quot;%1&quot;: &quot;…&quot;, &quot;%2&quot;: &quot;…&quot;}, found %3</source>
        <translation>各言語のテキストを含むオブジェクト（例：{&quot;%1&quot;: &quot;…&quot;, &quot;%2&quot;: &quot;…&quot;}）が必要です（実際の値：%3）。</translation>
    </message>
    <message>
        <source>missing the &quot;%1&quot; text; every text holds both languages of the briefing (%2 and %3)</source>
        <translation>&quot;%1&quot; のテキストがありません。テキストにはブリーフィングの両言語（%2 と %3）が必要です。</translation>
    </message>
    <message>
        <source>the text is %1 characters long; the limit is %2</source>
        <translation>テキストが %1 文字あります。上限は %2 文字です。</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text is ignored; a passage holds only the briefing&apos;s languages (%2 and %3)</source>
        <translation>&quot;%1&quot; のテキストは無視されます。箇所に含められるのはブリーフィングの言語（%2 と %3）のテキストだけです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;ja&quot;; the text is ignored</source>
        <translation>&quot;%1&quot; は言語コード（&quot;ja&quot; など）ではありません。このテキストは無視されます。</translation>
    </message>
    <message>
        <source>the text is empty in both languages; at least one of %1 and %2 must have text</source>
        <translation>テキストが両言語とも空です。%1 と %2 の少なくとも一方にテキストが必要です。</translation>
    </message>
    <message>
        <source>expected a passage id (a string), found %1</source>
        <translation>箇所 ID（文字列）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>unknown passage &quot;%1&quot;; no passage has this id</source>
        <translation>不明な箇所 &quot;%1&quot; です。この ID の箇所はありません。</translation>
    </message>
    <message>
        <source>passage &quot;%1&quot; is listed twice</source>
        <translation>箇所 &quot;%1&quot; が 2 回指定されています。</translation>
    </message>
    <message numerus="yes">
        <source>expected exactly two languages, such as [&quot;ko&quot;, &quot;en&quot;], found %n</source>
        <translation>
            <numerusform>言語はちょうど 2 つ必要です（例：[&quot;ko&quot;, &quot;en&quot;]）。指定されている言語は %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a language code such as &quot;ko&quot; or &quot;en&quot;, found %1</source>
        <translation>&quot;ko&quot; や &quot;en&quot; などの言語コードが必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>the two languages must differ, found &quot;%1&quot; twice</source>
        <translation>2 つの言語は異なる必要があります（&quot;%1&quot; が 2 回指定されています）。</translation>
    </message>
    <message>
        <source>the name of the source, a string</source>
        <translation>出典の名前（文字列）</translation>
    </message>
    <message>
        <source>expected a web address starting with https://, found %1</source>
        <translation>https:// で始まるウェブアドレスが必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>the address is not https; Bilateral shows it but will not open it</source>
        <translation>アドレスが https ではありません。Bilateral では表示のみ行い、開きません。</translation>
    </message>
    <message>
        <source>the briefing has %1 sides; the limit is %2</source>
        <translation>ブリーフィングの側の数が %1 です。上限は %2 です。</translation>
    </message>
    <message>
        <source>a short id for the side, such as &quot;kr&quot;</source>
        <translation>側を表す短い ID（例：&quot;kr&quot;）</translation>
    </message>
    <message>
        <source>expected a non-empty side id, found %1</source>
        <translation>空でない側 ID が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>duplicate side id &quot;%1&quot;; it is already used by sides[%2]</source>
        <translation>側 ID &quot;%1&quot; が重複しています。sides[%2] ですでに使われています。</translation>
    </message>
    <message>
        <source>the side&apos;s name in each language</source>
        <translation>各言語での側の名前</translation>
    </message>
    <message>
        <source>expected a colour written as &quot;#RRGGBB&quot;, such as &quot;#2563b0&quot;, found %1</source>
        <translation>&quot;#RRGGBB&quot; 形式の色（例：&quot;#2563b0&quot;）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>the briefing has no passages; expected at least one</source>
        <translation>ブリーフィングに箇所がありません。箇所が 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>the briefing has %1 passages; the limit is %2</source>
        <translation>ブリーフィングの箇所数が %1 です。上限は %2 です。</translation>
    </message>
    <message>
        <source>a unique passage id such as &quot;p1&quot;</source>
        <translation>一意の箇所 ID（例：&quot;p1&quot;）</translation>
    </message>
    <message>
        <source>expected a non-empty passage id, found %1</source>
        <translation>空でない箇所 ID が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>duplicate passage id &quot;%1&quot;; it is already used by passages[%2]</source>
        <translation>箇所 ID &quot;%1&quot; が重複しています。passages[%2] ですでに使われています。</translation>
    </message>
    <message>
        <source>the passage&apos;s text in each language</source>
        <translation>各言語での箇所のテキスト</translation>
    </message>
    <message>
        <source>the id of a side defined in &quot;sides&quot;</source>
        <translation>&quot;sides&quot; で定義された側の ID</translation>
    </message>
    <message>
        <source>expected a side id (a string), found %1</source>
        <translation>側 ID（文字列）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; the briefing defines no sides</source>
        <translation>不明な側 &quot;%1&quot; です。このブリーフィングには側が定義されていません。</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; expected one of: %2</source>
        <translation>不明な側 &quot;%1&quot; です（定義されている側：%2）。</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <source>expected a position (a string), found %1</source>
        <translation>立場（文字列）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>unknown position &quot;%1&quot;; expected one of: %2</source>
        <translation>不明な立場 &quot;%1&quot; です（使用できる値：%2）。</translation>
    </message>
    <message>
        <source>the briefing has %1 issues; the limit is %2</source>
        <translation>ブリーフィングの争点数が %1 です。上限は %2 です。</translation>
    </message>
    <message>
        <source>a unique issue id such as &quot;export-controls&quot;</source>
        <translation>一意の争点 ID（例：&quot;export-controls&quot;）</translation>
    </message>
    <message>
        <source>expected a non-empty issue id, found %1</source>
        <translation>空でない争点 ID が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>duplicate issue id &quot;%1&quot;; it is already used by issues[%2]</source>
        <translation>争点 ID &quot;%1&quot; が重複しています。issues[%2] ですでに使われています。</translation>
    </message>
    <message>
        <source>the issue&apos;s title in each language</source>
        <translation>各言語での争点のタイトル</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation>最上位には JSON オブジェクトが必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>expected the format version, a whole number such as %1, found %2</source>
        <translation>形式のバージョンとして整数（例：%1）が必要です（実際の値：%2）。</translation>
    </message>
    <message>
        <source>this briefing was made by a newer version of Bilateral (format %1); this version reads format %2 — please update Bilateral</source>
        <translation>このブリーフィングは新しいバージョンの Bilateral で作成されています（形式 %1）。このバージョンで読み込めるのは形式 %2 です。Bilateral を更新してください。</translation>
    </message>
    <message>
        <source>the briefing&apos;s title in each language</source>
        <translation>各言語でのブリーフィングのタイトル</translation>
    </message>
    <message>
        <source>expected a date written as &quot;YYYY-MM-DD&quot;, such as &quot;2020-10-29&quot;, found %1</source>
        <translation>&quot;YYYY-MM-DD&quot; 形式の日付（例：&quot;2020-10-29&quot;）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date on the calendar</source>
        <translation>&quot;%1&quot; は実在しない日付です。</translation>
    </message>
    <message>
        <source>an array of at least one passage</source>
        <translation>1 つ以上の箇所を含む配列</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark (BOM); it is ignored, but JSON files should not have one</source>
        <translation>ファイルの先頭にバイトオーダーマーク（BOM）があります。BOM は無視されますが、JSON ファイルには付けないでください。</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object that starts with &quot;{&quot;</source>
        <translation>ファイルが空です。&quot;{&quot; で始まる JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>the file holds only white space; expected a JSON object that starts with &quot;{&quot;</source>
        <translation>ファイルには空白文字しかありません。&quot;{&quot; で始まる JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; keep only one</source>
        <translation>同じオブジェクト内にこのキーが 2 回出現しています。1 つだけにしてください。</translation>
    </message>
    <message>
        <source>null</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean (%1)</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>真偽値 %1</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>数値 %1</translation>
    </message>
    <message>
        <source>a string (%1)</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>文字列 %1</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>JSON syntax error: a trailing comma before &quot;%1&quot;; remove it</source>
        <translation>JSON 構文エラー：&quot;%1&quot; の前に末尾のカンマがあります。このカンマを削除してください。</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>数値</translation>
    </message>
    <message>
        <source>a value</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>値</translation>
    </message>
    <message>
        <source>a second stance for side &quot;%1&quot;; an issue holds at most one stance per side (the first is at %2)</source>
        <translation>側 &quot;%1&quot; の立場が重複しています。1 つの争点に指定できる立場は各側 1 つまでです（1 つ目は %2 にあります）。</translation>
    </message>
    <message>
        <source>the format version, such as &quot;bilateral&quot;: %1</source>
        <translation>形式のバージョン（例：&quot;bilateral&quot;: %1）</translation>
    </message>
    <message>
        <source>the format version must be 1 or higher, found %1</source>
        <translation>形式のバージョンは 1 以上である必要があります（実際の値：%1）。</translation>
    </message>
    <message>
        <source>the file is %1 MiB; Bilateral opens briefings of up to %2 MiB</source>
        <translation>ファイルのサイズが %1 MiB です。Bilateral で開けるブリーフィングは %2 MiB までです。</translation>
    </message>
    <message>
        <source>the data is larger than %1 MiB; Bilateral opens briefings of up to that size</source>
        <translation>データのサイズが上限（%1 MiB）を超えています。Bilateral で開けるブリーフィングはこのサイズまでです。</translation>
    </message>
    <message>
        <source>the file ends in the middle of a character (an incomplete UTF-8 sequence); it may have been cut off</source>
        <translation>ファイルが文字の途中で終わっています(不完全な UTF-8 のバイト列)。途中で切れている可能性があります</translation>
    </message>
    <message>
        <source>the file is %1 text, but a briefing must be UTF-8; save it as UTF-8 (in a text editor: Save As, encoding UTF-8)</source>
        <translation>このファイルは %1 のテキストですが、ブリーフィングは UTF-8 でなければなりません。UTF-8 で保存してください(テキストエディタで「名前を付けて保存」、エンコーディング UTF-8)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a lone surrogate (half of a UTF-16 pair), not a character; saving the briefing will replace it with U+FFFD (�)</source>
        <translation>&quot;%1&quot; は対になっていないサロゲート(UTF-16 のペアの片方)で、文字ではありません。ブリーフィングを保存すると U+FFFD(�)に置き換えられます</translation>
    </message>
    <message>
        <source>the web address holds %1 at character %2, which a web address cannot hold; write it as %3</source>
        <translation>Web アドレスの %2 文字目に、Web アドレスに使えない %1 があります。%3 と書いてください</translation>
    </message>
    <message>
        <source>the web address has no valid server name (such as example.org) or port, found %1</source>
        <translation>Web アドレスに有効なサーバー名(example.org など)またはポートがありません。現在の値: %1</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, found %1</source>
        <translation>0 から 1 までの数値が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <source>expected an object with the text in each language, such as {&quot;ko&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}, found %1</source>
        <translation>各言語のテキストを含むオブジェクト（例：{&quot;ko&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>文字列が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>the text is empty in every language; give it in at least one</source>
        <translation>すべての言語でテキストが空です。少なくとも 1 つの言語でテキストを指定してください。</translation>
    </message>
    <message>
        <source>expected a wording such as {&quot;text&quot;: &quot;처리수&quot;, &quot;language&quot;: &quot;ko&quot;, &quot;side&quot;: &quot;jp&quot;}, found %1</source>
        <translation>表現（例：{&quot;text&quot;: &quot;처리수&quot;, &quot;language&quot;: &quot;ko&quot;, &quot;side&quot;: &quot;jp&quot;}）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>the words as a text writes them</source>
        <translation>テキストでの表記どおりの語句</translation>
    </message>
    <message>
        <source>a language code such as &quot;ko&quot;</source>
        <translation>言語コード（例：&quot;ko&quot;）</translation>
    </message>
    <message>
        <source>expected a language code such as &quot;ko&quot;, found %1</source>
        <translation>&quot;ko&quot; などの言語コードが必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>expected the id of a side, or no &quot;side&quot; for a neutral wording, found %1</source>
        <translation>側 ID が必要です。中立的な表現の場合は &quot;side&quot; を省略してください（実際の値：%1）。</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; no side has this id</source>
        <translation>不明な側 &quot;%1&quot; です。この ID の側はありません。</translation>
    </message>
    <message>
        <source>a unique term id such as &quot;sea-name&quot;</source>
        <translation>一意の用語 ID（例：&quot;sea-name&quot;）</translation>
    </message>
    <message>
        <source>expected &quot;term&quot; or &quot;name&quot;, found %1</source>
        <translation>&quot;term&quot; または &quot;name&quot; が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>missing required key &quot;label&quot;; expected the term&apos;s name in each language</source>
        <translation>必須のキー &quot;label&quot; がありません。各言語での用語の名前が必要です。</translation>
    </message>
    <message>
        <source>expected an object such as {&quot;name&quot;: &quot;…&quot;, &quot;url&quot;: &quot;https://…&quot;}, found %1</source>
        <translation>オブジェクト（例：{&quot;name&quot;: &quot;…&quot;, &quot;url&quot;: &quot;https://…&quot;}）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>出典の名前</translation>
    </message>
    <message>
        <source>expected an https:// or http:// address, found %1</source>
        <translation>https:// または http:// で始まるアドレスが必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>missing required key &quot;wordings&quot;; expected the words each side uses, in each language</source>
        <translation>必須のキー &quot;wordings&quot; がありません。各側が言語ごとに使う表現が必要です。</translation>
    </message>
    <message>
        <source>expected an array of at least one wording, found %1</source>
        <translation>1 つ以上の表現を含む配列が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>expected an array of terms, found %1</source>
        <translation>用語の配列が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>the briefing has %1 terms; the limit is %2</source>
        <translation>ブリーフィングの用語数が %1 です。上限は %2 です。</translation>
    </message>
    <message>
        <source>expected a term such as {&quot;id&quot;: &quot;…&quot;, &quot;label&quot;: {…}, &quot;wordings&quot;: […]}, found %1</source>
        <translation>用語（例：{&quot;id&quot;: &quot;…&quot;, &quot;label&quot;: {…}, &quot;wordings&quot;: […]}）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>duplicate term id &quot;%1&quot;; it is already used by %2[%3]</source>
        <translation>用語 ID &quot;%1&quot; が重複しています。%2[%3] ですでに使われています。</translation>
    </message>
    <message>
        <source>expected an array of review verdicts, found %1</source>
        <translation>チェックの判定の配列が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>expected a verdict such as {&quot;passage&quot;: &quot;p3&quot;, &quot;kind&quot;: &quot;number&quot;, &quot;key&quot;: &quot;…&quot;, &quot;verdict&quot;: &quot;checked&quot;}, found %1</source>
        <translation>判定（例：{&quot;passage&quot;: &quot;p3&quot;, &quot;kind&quot;: &quot;number&quot;, &quot;key&quot;: &quot;…&quot;, &quot;verdict&quot;: &quot;checked&quot;}）が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>a passage id</source>
        <translation>箇所 ID</translation>
    </message>
    <message>
        <source>the finding&apos;s key</source>
        <translation>指摘のキー</translation>
    </message>
    <message>
        <source>&quot;checked&quot;</source>
        <translation>&quot;checked&quot;</translation>
    </message>
    <message>
        <source>expected &quot;checked&quot;, found %1</source>
        <translation>&quot;checked&quot; が必要です（実際の値：%1）。</translation>
    </message>
    <message>
        <source>expected one of: %1; found %2</source>
        <translation>%1 のいずれかが必要です（実際の値：%2）。</translation>
    </message>
    <message>
        <source>unknown passage &quot;%1&quot;; the verdict matches no finding</source>
        <translation>不明な箇所 &quot;%1&quot; です。この判定に該当する指摘はありません。</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>ファイルが %1 MiB を超えています</translation>
    </message>
</context>
<context>
    <name>BriefingPropertiesDialog</name>
    <message>
        <source>Briefing Properties</source>
        <translation>ブリーフィングのプロパティ</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <comment>%1: a language, named in itself</comment>
        <translation>タイトル（%1）：</translation>
    </message>
    <message>
        <source>Bottom line (%1):</source>
        <comment>%1: a language, named in itself</comment>
        <translation>要点（%1）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>Source address:</source>
        <translation>出典のアドレス：</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no date</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>BriefingWriter</name>
    <message>
        <source>the briefing would be %1 MiB; Bilateral opens briefings of up to %2 MiB</source>
        <translation>ブリーフィングが %1 MiB になります。Bilateral で開けるブリーフィングは %2 MiB までです</translation>
    </message>
    <message>
        <source>it has %1 passages; a briefing holds at most %2</source>
        <translation>箇所が %1 件あります。ブリーフィングに入れられるのは %2 件までです</translation>
    </message>
    <message>
        <source>passage %1 has %2 characters; a passage holds at most %3 in each language</source>
        <translation>箇所 %1 は %2 文字あります。一つの箇所に入れられるのは言語ごとに %3 文字までです</translation>
    </message>
    <message>
        <source>it has %1 issues; a briefing holds at most %2</source>
        <translation>争点が %1 件あります。ブリーフィングに入れられるのは %2 件までです</translation>
    </message>
</context>
<context>
    <name>ComparisonBrief</name>
    <message>
        <source>Not raised in %1.</source>
        <comment>evidence: the readout leaves the issue out</comment>
        <translation>%1 では取り上げられていない。</translation>
    </message>
    <message>
        <source>No passage cited.</source>
        <comment>evidence: a stance without passages</comment>
        <translation>引用箇所なし。</translation>
    </message>
    <message>
        <source>No stance recorded.</source>
        <comment>evidence: the readout names no side</comment>
        <translation>立場の記録なし。</translation>
    </message>
    <message>
        <source>Evidence where they differ</source>
        <comment>heading: the passages behind the differences</comment>
        <translation>食い違う論点の根拠</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) on which the readouts agree left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>両発表が一致する論点 %n 件は紙面の都合で省略しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>さらに論点 %n 件を紙面の都合で省略しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The wording table is left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>表現の表は紙面の都合で省略しました。</translation>
    </message>
    <message numerus="yes">
        <source>Evidence for %n more issue(s) is left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>さらに論点 %n 件の根拠を紙面の都合で省略しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated by %1, %2</source>
        <comment>footer: the program and its version, then date and time</comment>
        <translation>%1 で作成、%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>both readouts&apos; marks: A, B</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the first readout&apos;s mark</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the second readout&apos;s mark</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>TWO READOUTS COMPARED</source>
        <comment>the kind of document, printed small on top</comment>
        <translation>二つの発表の比較</translation>
    </message>
    <message>
        <source>Issue by issue</source>
        <comment>heading of the table of issues</comment>
        <translation>論点ごとの比較</translation>
    </message>
    <message>
        <source>Neither readout records an issue.</source>
        <comment>in place of the table of issues</comment>
        <translation>どちらの発表にも論点の記録がありません。</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>column heading</comment>
        <translation>論点</translation>
    </message>
    <message>
        <source>Raised</source>
        <comment>column heading: in which readouts</comment>
        <translation>言及</translation>
    </message>
    <message>
        <source>Positions</source>
        <comment>column heading: each side&apos;s positions</comment>
        <translation>立場</translation>
    </message>
    <message>
        <source>both</source>
        <comment>raised: in both readouts</comment>
        <translation>両方</translation>
    </message>
    <message>
        <source>only in %1</source>
        <comment>raised: in one readout, A or B</comment>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>≠ marks a side whose position differs between %1 and %2.</source>
        <comment>legend under the table of issues</comment>
        <translation>≠ は %1 と %2 で立場の記述が異なる側を示します。</translation>
    </message>
    <message>
        <source>Contested wording</source>
        <comment>heading: each side&apos;s own words for one thing</comment>
        <translation>対立する表現</translation>
    </message>
    <message>
        <source>Concept</source>
        <comment>column heading</comment>
        <translation>概念</translation>
    </message>
    <message>
        <source>Wordings</source>
        <comment>column heading: each side&apos;s words</comment>
        <translation>表現</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>Export Comparison Brief</source>
        <translation>比較ブリーフの書き出し</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The comparison brief could not be written.</source>
        <translation>比較ブリーフを書き出せませんでした。</translation>
    </message>
    <message>
        <source>Compare Readouts</source>
        <translation>発表の比較</translation>
    </message>
    <message>
        <source>&amp;Export Comparison Brief…</source>
        <translation>比較ブリーフを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Wordings:</source>
        <translation>表現:</translation>
    </message>
    <message>
        <source>Issues in the two readouts</source>
        <translation>二つの発表の論点</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Evidence in A</source>
        <translation>A の根拠</translation>
    </message>
    <message>
        <source>Evidence in B</source>
        <translation>B の根拠</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>論点</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>言及</translation>
    </message>
    <message>
        <source>%1: A → B</source>
        <translation>%1: A → B</translation>
    </message>
    <message>
        <source>in both</source>
        <translation>両方</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>A のみ</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>B のみ</translation>
    </message>
    <message>
        <source>The two readouts put this side differently.</source>
        <translation>二つの発表でこの側の立場の伝え方が異なります。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2&apos;s wording): A ×%3, B ×%4</source>
        <translation>%1（%2 側の表現）: A ×%3、B ×%4</translation>
    </message>
    <message>
        <source>no contested wording in either readout</source>
        <translation>どちらの発表にも対立する表現はありません</translation>
    </message>
    <message>
        <source>This readout does not raise the issue.</source>
        <translation>この発表はこの論点に触れていません。</translation>
    </message>
    <message>
        <source>No passage is marked for the issue.</source>
        <translation>この論点に印の付いた箇所はありません。</translation>
    </message>
</context>
<context>
    <name>ContrastMode</name>
    <message>
        <source>&amp;High Contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>Black, white and strong colours only, for low vision</source>
        <translation>弱視の方のために黒、白とはっきりした色だけを使います</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>未保存の変更はありません。</translation>
    </message>
    <message>
        <source>&amp;New Briefing from Text…</source>
        <translation>テキストから新しいブリーフィング(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a briefing file</source>
        <translation>ブリーフィングファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>最近使ったファイルの一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open Briefing</source>
        <translation>ブリーフィングを開く</translation>
    </message>
    <message>
        <source>Briefings (*.briefing);;All files (*)</source>
        <translation>ブリーフィング (*.briefing);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s).</source>
        <translation>
            <numerusform>開きました（警告 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Open Text</source>
        <translation>テキストを開けません</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>Save Briefing As</source>
        <translation>名前を付けてブリーフィングを保存</translation>
    </message>
    <message>
        <source>Briefings (*.briefing)</source>
        <translation>ブリーフィング (*.briefing)</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>「%1」を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>the new briefing</source>
        <translation>新しいブリーフィング</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>閉じる前に %1 への変更を保存しますか？</translation>
    </message>
    <message>
        <source>Could Not Restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read. It is kept as “%1”.</source>
        <translation>復旧用のコピーを読み込めません。「%1」として保管してあります。</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and cannot be read now; you still have the version you were reading.</source>
        <translation>「%1」が別のプログラムによって変更されましたが、今は読み込めません。読んでいた版はそのまま残っています。</translation>
    </message>
    <message>
        <source>Reloaded “%1”.</source>
        <translation>「%1」を読み込み直しました。</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed by another program. Save writes it again.</source>
        <translation>「%1」は別のプログラムによって削除または名前変更されました。保存すると書き直します。</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Save will ask whether to overwrite it.</source>
        <translation>「%1」は別のプログラムによって変更されました。保存時に上書きするかどうかを確認します。</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or saved it here.</source>
        <translation>ここで開くか保存した後に、「%1」が別のプログラムによって変更されました。</translation>
    </message>
    <message>
        <source>Overwrite it with your version, save your version under another name, or reload the file and discard your changes?</source>
        <translation>自分の版で上書きしますか、自分の版を別の名前で保存しますか、それともファイルを読み込み直して変更を破棄しますか?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>読み込み直す(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) aligned; %1 in one language only; %2 to check (View › Layout › Passage Rows marks them)</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n 組を整列、片方の言語だけの箇所 %1 件、確認が必要なペア %2 件（表示 › レイアウト › 箇所ごとにそろえる で示されます）</numerusform>
        </translation>
    </message>
    <message>
        <source>One Text Is Only a Headline</source>
        <translation>片方のテキストが見出しだけです</translation>
    </message>
    <message>
        <source>The %1 text holds no more than a headline, so the passages have text in one language only. Paste the %1 body and create the briefing again, or add the translations passage by passage.</source>
        <translation>%1のテキストには見出ししかないため、箇所には片方の言語のテキストしかありません。%1の本文を貼り付けてブリーフィングを作り直すか、箇所ごとに訳文を追加してください。</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Passage %1 of %2</source>
        <translation>箇所 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 箇所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <comment>topics of the talks</comment>
        <translation>
            <numerusform>争点 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status bar: passages · issues</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Merge Passage with Next</source>
        <translation>次の箇所と結合(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;plit Passage at Cursor</source>
        <translation>カーソル位置で箇所を分割(&amp;P)</translation>
    </message>
    <message>
        <source>Add Passage to Selected &amp;Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>選択中の争点に箇所を追加(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New Issue from Passage…</source>
        <comment>issue: a topic of the talks</comment>
        <translation>箇所から新しい争点を作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>選択中の争点を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Mark Passage as &amp;Evidence of</source>
        <comment>followed by a side&apos;s name</comment>
        <translation>箇所を根拠として指定(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>%1: what the last change did</comment>
        <translation>元に戻す：%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>%1: what the undone change did</comment>
        <translation>やり直し：%1(&amp;R)</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>やり直す操作はありません。</translation>
    </message>
    <message>
        <source>Click a passage first.</source>
        <translation>先に箇所をクリックしてください。</translation>
    </message>
    <message>
        <source>Select an issue in the list first.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>先に一覧から争点を選択してください。</translation>
    </message>
    <message>
        <source>The last passage has none after it to merge with.</source>
        <translation>最後の箇所の後には結合する箇所がありません。</translation>
    </message>
    <message>
        <source>Click in the passage where it should be split.</source>
        <translation>分割したい位置で箇所の中をクリックしてください。</translation>
    </message>
    <message>
        <source>This passage is a single word here: there is nowhere to split it.</source>
        <translation>この箇所はここでは一語だけなので、分割できる位置がありません。</translation>
    </message>
    <message>
        <source>Click in the passage, in the language whose sentence should move.</source>
        <translation>文を移動したい言語の側で、箇所の中をクリックしてください。</translation>
    </message>
    <message>
        <source>The last passage has no next passage.</source>
        <translation>最後の箇所には次の箇所がありません。</translation>
    </message>
    <message>
        <source>The first passage has no previous passage.</source>
        <translation>最初の箇所には前の箇所がありません。</translation>
    </message>
    <message>
        <source>This passage has no text in %1.</source>
        <comment>%1: a language, named in itself</comment>
        <translation>この箇所には%1のテキストがありません。</translation>
    </message>
    <message>
        <source>Already part of the selected issue.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>すでに選択中の争点に含まれています。</translation>
    </message>
    <message>
        <source>Not part of the selected issue.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>選択中の争点に含まれていません。</translation>
    </message>
    <message>
        <source>The briefing has no sides yet: add them with Edit › Sides….</source>
        <translation>ブリーフィングにはまだ側がありません。編集 › 側… で追加してください。</translation>
    </message>
    <message>
        <source>Merge Passages</source>
        <translation>箇所の結合</translation>
    </message>
    <message>
        <source>Passages %1 and %2 merged.</source>
        <translation>箇所 %1 と %2 を結合しました。</translation>
    </message>
    <message>
        <source>Passages %1 and %2 are too long to merge.</source>
        <translation>箇所 %1 と %2 は長すぎるため結合できません。</translation>
    </message>
    <message>
        <source>Split Passage</source>
        <translation>箇所の分割</translation>
    </message>
    <message>
        <source>Passage %1 split in two.</source>
        <translation>箇所 %1 を二つに分割しました。</translation>
    </message>
    <message>
        <source>Move Sentence</source>
        <translation>文の移動</translation>
    </message>
    <message>
        <source>Add Passage to Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>争点への箇所の追加</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) added to the issue.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>
            <numerusform>%n 件の箇所を争点に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Passage from Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>争点から箇所を外す</translation>
    </message>
    <message>
        <source>New Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>新しい争点</translation>
    </message>
    <message>
        <source>Edit Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>争点の編集</translation>
    </message>
    <message>
        <source>Delete Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>争点の削除</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit › Undo brings it back.</source>
        <translation>「%1」を削除しました。編集 › 元に戻す で復元できます。</translation>
    </message>
    <message>
        <source>Mark Evidence</source>
        <translation>根拠の指定</translation>
    </message>
    <message>
        <source>Edit Sides</source>
        <translation>側の編集</translation>
    </message>
    <message>
        <source>Edit Briefing Properties</source>
        <translation>ブリーフィングのプロパティの編集</translation>
    </message>
    <message>
        <source>Move Last Sentence to Ne&amp;xt Passage</source>
        <translation>最後の文を次の箇所へ移動(&amp;X)</translation>
    </message>
    <message>
        <source>Move First Sentence to Previous Passa&amp;ge</source>
        <translation>最初の文を前の箇所へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Passage from Selected Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>選択中の争点から箇所を外す(&amp;V)</translation>
    </message>
    <message>
        <source>Edi&amp;t Selected Issue and Stances…</source>
        <comment>issue: a topic of the talks</comment>
        <translation>選択中の争点と立場を編集(&amp;T)…</translation>
    </message>
    <message>
        <source>Briefing Pr&amp;operties…</source>
        <translation>ブリーフィングのプロパティ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Sides…</source>
        <comment>the parties to the talks</comment>
        <translation>側(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ExportBriefDialog</name>
    <message>
        <source>Export Brief as PDF</source>
        <translation>要約資料を PDF に書き出し</translation>
    </message>
    <message>
        <source>&amp;Language of the brief:</source>
        <translation>要約資料の言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P)：</translation>
    </message>
    <message>
        <source>Key passages:</source>
        <translation>主要箇所：</translation>
    </message>
    <message>
        <source>The evidence of every issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>すべての争点の根拠</translation>
    </message>
    <message>
        <source>The evidence of “%1”</source>
        <comment>%1: the selected issue</comment>
        <translation>「%1」の根拠</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <comment>paper size</comment>
        <translation>A4（210 × 297 mm）</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <comment>paper size</comment>
        <translation>USレター（8.5 × 11 インチ）</translation>
    </message>
    <message>
        <source>Print Brief</source>
        <translation>要約資料を印刷</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>find: current match of all matches</comment>
        <translation>%1 / %2 件</translation>
    </message>
    <message>
        <source>Find in both languages</source>
        <translation>両言語で検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>%1 of %2 so far…</source>
        <comment>find: current match of the matches found while still searching</comment>
        <translation>%1 / %2 件（検索中…）</translation>
    </message>
</context>
<context>
    <name>ImportTextDialog</name>
    <message>
        <source>Open Text File</source>
        <translation>テキストファイルを開く</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>テキストファイル (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could Not Open Text</source>
        <translation>テキストを開けません</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>New Briefing from Text</source>
        <translation>テキストから新しいブリーフィングを作成</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>&amp;Create Briefing</source>
        <translation>ブリーフィングを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>言語: %1</translation>
    </message>
    <message>
        <source>Language: found from the text</source>
        <translation>言語: テキストから判定</translation>
    </message>
    <message>
        <source>Language: %1 (found from the text)</source>
        <translation>言語: %1（テキストから判定）</translation>
    </message>
    <message>
        <source>Paste or open the Korean, Japanese or Chinese copy and its English. Paragraphs are separated by blank lines; sentences are split and aligned into passages, which you can correct afterwards. One text holding both languages can go in either box.</source>
        <translation>韓国語・日本語・中国語の原文とその英語を貼り付けるか開いてください。段落は空行で区切ります。文は分割されて箇所に整列され、後から修正できます。両方の言語を含むテキストはどちらの欄に入れてもかまいません。</translation>
    </message>
    <message>
        <source>&amp;First text:</source>
        <translation>1 つ目のテキスト(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Second text:</source>
        <translation>2 つ目のテキスト(&amp;S):</translation>
    </message>
    <message>
        <source>Language of the first text</source>
        <translation>1 つ目のテキストの言語</translation>
    </message>
    <message>
        <source>Language of the second text</source>
        <translation>2 つ目のテキストの言語</translation>
    </message>
</context>
<context>
    <name>IssueDelegate</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 箇所</numerusform>
        </translation>
    </message>
    <message>
        <source>¶ %1</source>
        <comment>short count of passages: pilcrow, number</comment>
        <translation>¶ %1</translation>
    </message>
</context>
<context>
    <name>IssueEditorDialog</name>
    <message>
        <source>Edit Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>争点の編集</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Stance summary (%1)</source>
        <comment>%1: a language, named in itself</comment>
        <translation>立場の要約（%1）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T)：</translation>
    </message>
    <message>
        <source>This briefing has no sides yet, so there are no stances to edit. Add the sides with Edit › Sides…, then come back here.</source>
        <translation>このブリーフィングにはまだ側がないため、編集する立場がありません。編集 › 側… で側を追加してから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <comment>%1: a language, named in itself</comment>
        <translation>タイトル（%1）</translation>
    </message>
    <message>
        <source>New Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>新しい争点</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <source>Issue</source>
        <comment>a topic of the talks</comment>
        <translation>争点</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>side name: its position on the issue</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>side name: its position on the issue — stance summary</comment>
        <translation>%1：%2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 箇所</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueSidebar</name>
    <message>
        <source>Issues</source>
        <comment>topics of the talks</comment>
        <translation>争点</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>争点を絞り込み</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;Library…</source>
        <translation>ライブラリ(&amp;L)…</translation>
    </message>
    <message>
        <source>Search every briefing in the library folders</source>
        <translation>ライブラリのフォルダーにあるすべてのブリーフィングを検索</translation>
    </message>
    <message>
        <source>Open Library &amp;Folder…</source>
        <translation>ライブラリのフォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a folder of briefings to the library</source>
        <translation>ブリーフィングのフォルダーをライブラリに追加</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>別の発表と比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Set another readout of the same meeting against the open briefing, issue by issue</source>
        <translation>同じ会談の別の発表を、開いているブリーフィングと論点ごとに比較</translation>
    </message>
    <message>
        <source>Issue &amp;Timeline</source>
        <translation>論点の推移(&amp;T)</translation>
    </message>
    <message>
        <source>The selected issue&apos;s stances across the library, by date</source>
        <translation>選んだ論点についてのライブラリ全体の立場を日付順に</translation>
    </message>
    <message>
        <source>Open Library Folder</source>
        <translation>ライブラリのフォルダーを開く</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>別の発表と比較</translation>
    </message>
    <message>
        <source>Briefings (*.briefing)</source>
        <translation>ブリーフィング (*.briefing)</translation>
    </message>
    <message>
        <source>“%1” is not a briefing Bilateral can read.</source>
        <translation>「%1」は Bilateral で読めるブリーフィングではありません。</translation>
    </message>
    <message>
        <source>the open briefing</source>
        <translation>開いているブリーフィング</translation>
    </message>
    <message>
        <source>Compare Readouts</source>
        <translation>発表の比較</translation>
    </message>
</context>
<context>
    <name>LibraryIndex</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt の SQLite ドライバー（QSQLITE）がインストールされていません</translation>
    </message>
    <message>
        <source>cannot create the folder for the library&apos;s index: %1</source>
        <translation>ライブラリの索引用フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>the library&apos;s index cannot be created: %1</source>
        <translation>ライブラリの索引を作成できません: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>論点</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>索引作成中 %1/%2</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>&amp;Folders…</source>
        <translation>フォルダー(&amp;F)…</translation>
    </message>
    <message>
        <source>Search every briefing in Korean, Japanese or English (Ctrl+F)</source>
        <translation>すべてのブリーフィングを日本語・韓国語・英語で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>開始日(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Si&amp;de</source>
        <translation>当事者(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>論点(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>立場(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Compare Two…</source>
        <translation>2 件を比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the two selected briefings: readouts of one meeting</source>
        <translation>選んだ二つのブリーフィングを比較: 同じ会談の発表</translation>
    </message>
    <message>
        <source>Issue Time&amp;line…</source>
        <translation>論点の推移(&amp;L)…</translation>
    </message>
    <message>
        <source>Each side&apos;s stance on the chosen issue across the library</source>
        <translation>選んだ論点についてのライブラリ全体の各側の立場</translation>
    </message>
    <message>
        <source>Briefings in the library</source>
        <translation>ライブラリのブリーフィング</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Any issue</source>
        <translation>すべての論点</translation>
    </message>
    <message>
        <source>Any side</source>
        <translation>すべての当事者</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>すべての立場</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), best first.</source>
        <translation>
            <numerusform>%n 件、関連度順。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders: %1</source>
        <translation>フォルダー: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n briefing(s) shown</source>
        <translation>
            <numerusform>ブリーフィング %n 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>changed moments ago; it will be read again</source>
        <translation>変更されたばかりです。改めて読み込みます</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>ファイル %n 件をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>the index cannot be used: %1</source>
        <translation>索引を使えません: %1</translation>
    </message>
    <message>
        <source>&amp;Skipped Files…</source>
        <translation>スキップしたファイル(&amp;S)…</translation>
    </message>
    <message>
        <source>Skipped Files</source>
        <translation>スキップしたファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the library folders could not be read as briefings and are not in the library. Each is read again when it changes.</source>
        <translation>
            <numerusform>ライブラリのフォルダーにあるファイル %n 件はブリーフィングとして読めないため、ライブラリに含めていません。変更されると改めて読み込みます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than 5,000 matches: %n are shown, not ranked (the files indexed last first). Add a word to narrow the search.</source>
        <translation>
            <numerusform>5,000 件を超えました。%n 件を関連度順ではなく表示しています（最後に索引を作ったファイルから）。語を加えて絞り込んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>the SQLite driver gives no access to its database</source>
        <translation>SQLite ドライバーからデータベースにアクセスできません</translation>
    </message>
</context>
<context>
    <name>LoadErrorDialog</name>
    <message>
        <source>Could Not Open Briefing</source>
        <translation>ブリーフィングを開けませんでした</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The briefing you were reading stays open.</source>
        <translation>「%1」を開けませんでした。表示中のブリーフィングはそのまま開いています。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>…ほかに %n 件の問題があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Bilateral</source>
        <translation>Bilateral について</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;lear Issue Selection</source>
        <comment>issue: a topic of the talks</comment>
        <translation>争点の選択を解除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Bilateral</source>
        <translation>Bilateral について(&amp;A)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>要約資料を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Could Not Export Brief</source>
        <translation>要約資料を書き出せませんでした</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bilateral&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A viewer for bilingual diplomatic briefings: the two language versions side by side, the issues discussed and where each side stands.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bilateral&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;二言語の外交ブリーフィングのビューアーです。2 つの言語版を並べて表示し、協議された争点と各側の立場を示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Korean Font Missing</source>
        <translation>韓国語フォントがありません</translation>
    </message>
    <message>
        <source>No font with Korean characters is installed, so Korean text cannot be shown or printed. Install a font such as Noto Sans CJK (Debian package fonts-noto-cjk) and restart Bilateral.</source>
        <translation>ハングルを表示できるフォントがインストールされていないため、韓国語のテキストを表示・印刷できません。Noto Sans CJK などのフォント（Debian パッケージ fonts-noto-cjk）をインストールしてから、Bilateral を再起動してください。</translation>
    </message>
    <message>
        <source>%1[*] — Bilateral</source>
        <comment>window title: briefing title</comment>
        <translation>%1[*] — Bilateral</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Terms</source>
        <comment>contested wordings</comment>
        <translation>用語</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <comment>translation review; open findings</comment>
        <translation>チェック (%1)</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>translation review</comment>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Earlier tabs</source>
        <translation>前のタブ</translation>
    </message>
    <message>
        <source>Later tabs</source>
        <translation>次のタブ</translation>
    </message>
    <message>
        <source>Issue details</source>
        <translation>論点の詳細</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
</context>
<context>
    <name>MarkerStrip</name>
    <message>
        <source>Where the highlighted passages are, and (notches on the right) the passages whose two language versions differ. Click to jump to one.</source>
        <translation>ハイライトされた箇所の位置と、二つの言語版の内容が食い違う箇所の位置（右側の印）を示します。クリックするとその箇所に移動します。</translation>
    </message>
    <message>
        <source>Overview of the highlighted passages</source>
        <translation>強調された箇所の概要</translation>
    </message>
</context>
<context>
    <name>PairFlags</name>
    <message>
        <source>Check this pair: it has text in one language only.</source>
        <translation>この対を確認してください。一方の言語にしかテキストがありません。</translation>
    </message>
    <message>
        <source>Check this pair: one text is %1 times as long, against the other, as this briefing&apos;s pairs usually are. The two may not say the same thing.</source>
        <translation>この対を確認してください。一方のテキストが、このブリーフィングの通常の対と比べて相手より%1倍長くなっています。両者の内容が一致していない可能性があります。</translation>
    </message>
    <message>
        <source>Check this pair: the aligner that paired these texts was only %1% sure of it.</source>
        <translation>このペアを確認してください: このテキストを組にした整列器の確信度は %1% しかありませんでした。</translation>
    </message>
</context>
<context>
    <name>PairsExporter</name>
    <message>
        <source>Save the passage pairs as a TMX translation memory for translation tools</source>
        <translation>箇所のペアを翻訳ツール用の TMX 翻訳メモリとして保存します</translation>
    </message>
    <message>
        <source>Export Aligned Pairs</source>
        <translation>整列済みのペアを書き出す</translation>
    </message>
    <message>
        <source>TMX translation memory (*.tmx)</source>
        <translation>TMX 翻訳メモリ (*.tmx)</translation>
    </message>
    <message>
        <source>Could Not Export Pairs</source>
        <translation>ペアを書き出せませんでした</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Pairs saved to %1</source>
        <translation>ペアを %1 に保存しました</translation>
    </message>
    <message>
        <source>Export Aligned Pairs as &amp;TMX…</source>
        <translation>整列済みのペアを TMX で書き出す(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>PassageAccessible</name>
    <message>
        <source>Passage %1 of %2.</source>
        <translation>全%2箇所中の第%1箇所。</translation>
    </message>
    <message>
        <source>evidence of %1&apos;s position on %2</source>
        <comment>side, issue</comment>
        <translation>%2に関する%1の立場の根拠</translation>
    </message>
    <message>
        <source>Part of the selected issue.</source>
        <translation>選択した論点に含まれます。</translation>
    </message>
    <message>
        <source>Issues: %1.</source>
        <comment>topics of the talks</comment>
        <translation>論点: %1。</translation>
    </message>
    <message>
        <source>No counterpart in %1.</source>
        <comment>%1: a language&apos;s name</comment>
        <translation>%1の対応箇所はありません。</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <comment>%1: a language&apos;s name; %2: the passage&apos;s text in it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF の作成を開始できません</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>(cannot be read)</source>
        <translation>（読み込めません）</translation>
    </message>
    <message>
        <source>a new briefing, never saved</source>
        <translation>一度も保存していない新しいブリーフィング</translation>
    </message>
    <message>
        <source>%1 — %2
%3 · %4</source>
        <comment>title — file, then when written · size</comment>
        <translation>%1 — %2
%3 · %4</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Bilateral closed without saving these changes. Restore one, or discard those you do not need; the others are offered again at the next start.</source>
        <translation>Bilateral はこれらの変更を保存しないまま終了しました。一つを復元するか、不要なものを破棄してください。残りは次回の起動時にもう一度表示されます。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>cannot lock a recovery copy in %1</source>
        <translation>%1 で復旧用コピーをロックできません</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>ファイルではなくパイプ（FIFO）です</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>ファイルではなくデバイスです</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>ファイルではなくソケットです</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>its symbolic links lead round in a loop</source>
        <translation>シンボリックリンクが循環しています</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセス権がありません</translation>
    </message>
    <message>
        <source>there is no space left on the disk</source>
        <translation>ディスクの空き容量がありません</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ディスクの割り当て容量を使い切りました</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクが読み取り専用です</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名前が長すぎます</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>パスの一部がフォルダーではありません</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Show &amp;checked</source>
        <translation>確認済みを表示(&amp;C)</translation>
    </message>
    <message>
        <source>Translation review findings</source>
        <translation>翻訳チェックの指摘</translation>
    </message>
    <message>
        <source>%1 · passage %2</source>
        <comment>kind of finding, passage id</comment>
        <translation>%1 · 箇所 %2</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>確認済み：%1</translation>
    </message>
    <message>
        <source>The two language versions agree: no number, wording, name or passage differs.</source>
        <translation>二つの言語版は一致しています。数値・表現・名称・箇所に食い違いはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Every finding has been checked (%n).</source>
        <translation>
            <numerusform>すべての指摘（%n 件）を確認済みです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to check.</source>
        <translation>
            <numerusform>確認が必要な指摘が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to check; %1 checked.</source>
        <translation>
            <numerusform>確認が必要な指摘が %n 件あります（確認済み %1 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Uncheck</source>
        <translation>確認済みを解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mark Checked…</source>
        <translation>確認済みにする(&amp;M)…</translation>
    </message>
    <message>
        <source>Mark Finding Checked</source>
        <translation>指摘を確認済みにする</translation>
    </message>
    <message>
        <source>Note (optional): why the difference is fine, or what was done about it</source>
        <translation>メモ（任意）：この違いに問題がない理由、またはこれに対して取った対応</translation>
    </message>
    <message>
        <source>Uncheck Finding</source>
        <translation>指摘の確認済みを解除</translation>
    </message>
    <message>
        <source>Checking the two language versions against each other…</source>
        <translation>二つの言語のテキストを照合しています…</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>passage %1</source>
        <translation>箇所 %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>論点 %1</translation>
    </message>
    <message>
        <source>stance of %1 on %2</source>
        <translation>%2 についての %1 の立場</translation>
    </message>
    <message>
        <source>term %1</source>
        <translation>用語 %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>操作やキーを検索</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカットの一覧</translation>
    </message>
    <message>
        <source>Next part of the window (issues, positions, the two texts)</source>
        <translation>ウィンドウの次の部分（論点、立場、二つの本文）</translation>
    </message>
    <message>
        <source>Previous part of the window</source>
        <translation>ウィンドウの前の部分</translation>
    </message>
    <message>
        <source>Next or previous issue (in the issue list)</source>
        <translation>次または前の論点（論点の一覧で）</translation>
    </message>
    <message>
        <source>Move in the text; the passage at the cursor becomes current</source>
        <translation>本文内を移動（カーソルのある箇所が現在の箇所になります）</translation>
    </message>
    <message>
        <source>Choose passages (extend the selection)</source>
        <translation>箇所を選ぶ（選択を広げる）</translation>
    </message>
    <message>
        <source>Close the find bar or a dialog</source>
        <translation>検索バーやダイアログを閉じる</translation>
    </message>
    <message>
        <source>Open the context menu of the text or the issue list</source>
        <translation>本文や論点の一覧のコンテキストメニューを開く</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Open a menu with its underlined letter</source>
        <translation>下線の付いた文字でメニューを開く</translation>
    </message>
    <message>
        <source>Next or previous find match (in the find bar)</source>
        <translation>次または前の検索結果（検索バーで）</translation>
    </message>
</context>
<context>
    <name>SidesDialog</name>
    <message>
        <source>Colour of the Side</source>
        <translation>側の色</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>側</translation>
    </message>
    <message>
        <source>The parties whose stances the briefing records. Double-click a colour to change it.</source>
        <translation>ブリーフィングが立場を記録する当事者です。色を変えるには色の欄をダブルクリックしてください。</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <comment>%1: a language, named in itself</comment>
        <translation>名前（%1）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>&amp;Add Side</source>
        <translation>側を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove Side</source>
        <translation>側の削除</translation>
    </message>
    <message numerus="yes">
        <source>%1 has a stance on %n issue(s). Remove the side and its stances?</source>
        <comment>%1: a side&apos;s name</comment>
        <translation>
            <numerusform>%1 は %n 件の争点について立場を持っています。この側とその立場を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo brings them back.</source>
        <translation>編集 › 元に戻す で復元できます。</translation>
    </message>
    <message>
        <source>&amp;Remove Side and Stances</source>
        <translation>側と立場を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove Side</source>
        <translation>側を削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SplitPassageDialog</name>
    <message>
        <source>Split Passage</source>
        <translation>箇所の分割</translation>
    </message>
    <message>
        <source>Passage %1 is split in %2 as shown below, but no matching point was found in its %3 text. Where should the %3 text go?</source>
        <comment>%1: passage number, %2 and %3: languages named in themselves</comment>
        <translation>箇所 %1 を%2で下のように分割しますが、%3のテキストには対応する位置が見つかりませんでした。%3のテキストはどちらに入れますか？</translation>
    </message>
    <message>
        <source>All of it stays with the first part</source>
        <comment>the other language&apos;s text</comment>
        <translation>すべて前半に残す</translation>
    </message>
    <message>
        <source>All of it goes to the second part</source>
        <comment>the other language&apos;s text</comment>
        <translation>すべて後半に移す</translation>
    </message>
    <message>
        <source>Split it after “%1”</source>
        <comment>the other language&apos;s text; %1: its words before the split</comment>
        <translation>「%1」の後で分割する</translation>
    </message>
    <message>
        <source>First part:</source>
        <comment>of the passage being split</comment>
        <translation>前半：</translation>
    </message>
    <message>
        <source>Second part:</source>
        <comment>of the passage being split</comment>
        <translation>後半：</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <source>Positions of the sides</source>
        <translation>各側の立場</translation>
    </message>
    <message>
        <source>Select an issue to see where each side stands.</source>
        <translation>争点を選択すると、各側の立場が表示されます。</translation>
    </message>
    <message>
        <source>¶ %1  %2</source>
        <comment>evidence: pilcrow, passage number, its first words</comment>
        <translation>¶ %1  %2</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <translation>箇所 %1：%2</translation>
    </message>
    <message>
        <source>Edit Issue and Stances…</source>
        <comment>issue: a topic of the talks</comment>
        <translation>争点と立場を編集…</translation>
    </message>
    <message>
        <source>This briefing has no sides yet. Add them with Edit › Sides… to record where each one stands.</source>
        <translation>このブリーフィングにはまだ側がありません。編集 › 側… で追加すると、各側の立場を記録できます。</translation>
    </message>
    <message>
        <source>Evidence of %1&apos;s position, passage %2: %3</source>
        <comment>side name; passage number; its first words</comment>
        <translation>%1の立場の根拠、箇所 %2：%3</translation>
    </message>
</context>
<context>
    <name>StancePosition</name>
    <message>
        <source>Supports</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>支持</translation>
    </message>
    <message>
        <source>Proposes</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>提案</translation>
    </message>
    <message>
        <source>Demands</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>要求</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>協力</translation>
    </message>
    <message>
        <source>Concerned</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>懸念</translation>
    </message>
    <message>
        <source>Objects</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>反対</translation>
    </message>
    <message>
        <source>Rejects</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Reiterates its position</source>
        <comment>a side&apos;s position on an issue: holds its known position</comment>
        <translation>従来の立場を堅持</translation>
    </message>
    <message>
        <source>No stated position</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>立場表明なし</translation>
    </message>
</context>
<context>
    <name>TermActions</name>
    <message>
        <source>Add Term from Sele&amp;ction…</source>
        <comment>term: a contested wording</comment>
        <translation>選択範囲を用語に追加(&amp;C)…</translation>
    </message>
    <message>
        <source>Track the selected words as a wording of a contested term: whose wording it is, in which language.</source>
        <translation>選択した語句を、見解が分かれる用語の表現として追跡します。どの側の表現か、どの言語かもあわせて指定します。</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>用語の追加</translation>
    </message>
    <message>
        <source>“%1” is now tracked as a wording.</source>
        <translation>「%1」を表現として追跡対象に加えました。</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Add Term</source>
        <translation>用語の追加</translation>
    </message>
    <message>
        <source>New concept</source>
        <translation>新しい概念</translation>
    </message>
    <message>
        <source>Contested wording</source>
        <translation>見解が分かれる表現</translation>
    </message>
    <message>
        <source>Name of a person, place or organisation</source>
        <translation>人名・地名・組織名</translation>
    </message>
    <message>
        <source>Neutral (no side&apos;s)</source>
        <translation>中立的な表現（どの側のものでもない）</translation>
    </message>
    <message>
        <source>%1&apos;s wording</source>
        <comment>side name</comment>
        <translation>%1側の表現</translation>
    </message>
    <message>
        <source>&amp;Concept:</source>
        <translation>概念(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name of the concept:</source>
        <translation>概念の名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>表現(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Whose wording:</source>
        <translation>どの側の表現か(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. Fukushima water</source>
        <translation>例：福島第一原発の排水</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Neither text uses a contested wording that Bilateral knows. Select words in a text and choose Edit › Add Term from Selection… to track one.</source>
        <translation>どちらのテキストにも、Bilateral に登録されている見解が分かれる表現は使われていません。テキストで語句を選択し、編集 › 選択範囲を用語に追加… を選ぶと追跡できます。</translation>
    </message>
    <message>
        <source>Previous occurrence</source>
        <translation>前の出現位置</translation>
    </message>
    <message>
        <source>Next occurrence</source>
        <translation>次の出現位置</translation>
    </message>
    <message>
        <source>Contested wordings</source>
        <translation>見解が分かれる表現</translation>
    </message>
    <message>
        <source>neutral wording</source>
        <translation>中立的な表現</translation>
    </message>
    <message>
        <source>%1&apos;s wording</source>
        <comment>side name</comment>
        <translation>%1側の表現</translation>
    </message>
    <message>
        <source>%1 ×%2 — %3</source>
        <comment>wording, count, whose wording</comment>
        <translation>%1 ×%2 — %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Defined in this briefing.</source>
        <translation>このブリーフィングで定義された用語です。</translation>
    </message>
    <message>
        <source>Choose a wording to step through its occurrences.</source>
        <translation>表現を選択すると、出現位置を順に移動できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n 回出現</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrence %1 of %2</source>
        <translation>出現位置 %1 / %2</translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>the text is neither UTF-8, UTF-16 nor Korean EUC-KR/CP949; save it as UTF-8 and try again</source>
        <translation>テキストが UTF-8、UTF-16、韓国語の EUC-KR/CP949 のいずれでもありません。UTF-8 で保存してからやり直してください</translation>
    </message>
    <message>
        <source>the file is %1 MiB; Bilateral imports texts of up to %2 MiB</source>
        <translation>ファイルのサイズが %1 MiB です。Bilateral で取り込めるテキストは %2 MiB までです</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>%1 text</source>
        <comment>a text pane, for screen readers; %1: the language&apos;s own name, such as 한국어</comment>
        <translation>%1の本文</translation>
    </message>
    <message>
        <source>The briefing&apos;s text, passage by passage, level with the other language&apos;s.</source>
        <translation>ブリーフィングの本文を箇所ごとに、もう一方の言語の本文と並べて表示します。</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Export Timeline as CSV</source>
        <translation>推移を CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export Timeline as Image</source>
        <translation>推移を画像で書き出す</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Issue Timeline</source>
        <translation>論点の推移</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>論点(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>別名(&amp;A)…</translation>
    </message>
    <message>
        <source>Issue ids that other briefings use for the same issue</source>
        <translation>他のブリーフィングが同じ論点に使う論点 ID</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV を書き出す(&amp;C)…</translation>
    </message>
    <message>
        <source>Export I&amp;mage…</source>
        <translation>画像を書き出す(&amp;M)…</translation>
    </message>
    <message>
        <source>Each side&apos;s stance at each meeting</source>
        <translation>会談ごとの各側の立場</translation>
    </message>
    <message>
        <source>Changed since the previous meeting.</source>
        <translation>前回の会談から変わりました。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No stance recorded at this meeting</source>
        <translation>この会談での立場の記録なし</translation>
    </message>
    <message>
        <source>No briefing in the library raises this issue.</source>
        <translation>この論点を扱うブリーフィングはライブラリにありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>会談 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of position, marked Δ</source>
        <translation>
            <numerusform>立場の変化 %n 件（Δ で表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to open that briefing at this issue.</source>
        <translation>セルをクリックすると、そのブリーフィングがこの論点で開きます。</translation>
    </message>
    <message>
        <source>Issue Aliases</source>
        <translation>論点の別名</translation>
    </message>
    <message>
        <source>Briefings may name one issue by different ids. Ids listed here count as the chosen issue in the timeline and in the library&apos;s filters.</source>
        <translation>ブリーフィングによって同じ論点に別の ID が付いていることがあります。ここに挙げた ID は、推移とライブラリの絞り込みで選んだ論点として扱われます。</translation>
    </message>
    <message>
        <source>&amp;Add as Alias</source>
        <translation>別名として追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Also counted as “%1”:</source>
        <translation>「%1」としても扱う ID:</translation>
    </message>
</context>
<context>
    <name>TranslationReview</name>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>a neutral wording</source>
        <translation>中立的な表現</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>%1&apos;s wording</source>
        <translation>%1側の表現</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>表現</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>the %1 text says “%3” where the %2 text says “%4”</source>
        <translation>%1のテキストでは「%3」、%2のテキストでは「%4」となっています</translation>
    </message>
    <message>
        <source>the %1 text has “%3” (%4); the %2 text has no such number</source>
        <translation>%1のテキストには「%3」（%4）がありますが、%2のテキストにはこの数値がありません</translation>
    </message>
    <message>
        <source>the %1 text writes “%3” (%4); the %2 text writes “%5” (%6)</source>
        <translation>%1のテキストでは「%3」（%4）、%2のテキストでは「%5」（%6）が使われています</translation>
    </message>
    <message>
        <source>“%3” is named in the %1 text but not in the %2 text</source>
        <translation>「%3」という名称は%1のテキストには出てきますが、%2のテキストには出てきません</translation>
    </message>
    <message>
        <source>the %1 text is missing; only the %2 text has this passage</source>
        <translation>%1のテキストがありません。この箇所は%2のテキストにしかありません</translation>
    </message>
    <message>
        <source>the %1 text is %3% shorter than the briefing&apos;s length ratio predicts from the %2 text</source>
        <translation>%1のテキストが、このブリーフィングの長さの比率から%2のテキストをもとに予想される長さより %3% 短くなっています</translation>
    </message>
    <message>
        <source>the %1 text quotes %3; the %2 text has no quotation</source>
        <translation>%1のテキストは%3を引用していますが、%2のテキストには引用がありません</translation>
    </message>
    <message>
        <source>the %1 text has the parenthesis %3; the %2 text has none</source>
        <translation>%1のテキストには括弧書きの%3がありますが、%2のテキストには括弧書きがありません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>bilateral: unknown issue &quot;%1&quot;; the briefing&apos;s issues are: %2</source>
        <translation>bilateral: 争点 &quot;%1&quot; はありません。このブリーフィングの争点：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>bilateral: cannot write %1: %2</source>
        <translation>bilateral: %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>bilateral: --lang expects one of %1, found &quot;%2&quot;</source>
        <translation>bilateral: --lang には %1 のいずれかを指定してください（指定値: &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>bilateral: --page-size expects A4 or Letter, found &quot;%1&quot;</source>
        <translation>bilateral: --page-size には A4 または Letter を指定してください（指定値: &quot;%1&quot;）</translation>
    </message>
</context>
</TS>
