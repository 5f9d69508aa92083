<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AtomicFile</name>
    <message>
        <source>it is a symbolic link that another user made in a shared folder; Bilateral does not write through it</source>
        <translation>다른 사용자가 공유 폴더에 만든 심볼릭 링크입니다. Bilateral은 이 링크를 통해 쓰지 않습니다</translation>
    </message>
    <message>
        <source>the file is read-only; save under another name, or make it writable first</source>
        <translation>읽기 전용 파일입니다. 다른 이름으로 저장하거나 먼저 쓰기 가능하게 바꾸십시오</translation>
    </message>
</context>
<context>
    <name>BilingualView</name>
    <message>
        <source>Wrapped around to the first highlighted passage.</source>
        <translation>끝까지 이동하여 첫 번째 강조된 구절로 돌아왔습니다.</translation>
    </message>
    <message>
        <source>Wrapped around to the last highlighted passage.</source>
        <translation>처음까지 이동하여 마지막 강조된 구절로 돌아왔습니다.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in both languages</source>
        <translation>두 언어에서 텍스트 찾기</translation>
    </message>
    <message>
        <source>&amp;Next Highlighted Passage</source>
        <translation>다음 강조된 구절(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Highlighted Passage</source>
        <translation>이전 강조된 구절(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>좌우 창 바꾸기(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Synchronize Scrolling</source>
        <translation>스크롤 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>원래 크기(&amp;R)</translation>
    </message>
    <message>
        <source>Select an issue to step through its passages.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>쟁점을 선택하면 그 구절을 차례로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The selected issue has no passages yet.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>선택한 쟁점에 아직 구절이 없습니다.</translation>
    </message>
    <message>
        <source>Passage %1 of %2</source>
        <translation>구절 %1/%2</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>배치(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paragraph Rows</source>
        <translation>문단 단위로 맞춤(&amp;P)</translation>
    </message>
    <message>
        <source>Each paragraph starts level with its counterpart in the other language.</source>
        <translation>각 문단이 다른 언어의 대응 문단과 같은 높이에서 시작합니다.</translation>
    </message>
    <message>
        <source>P&amp;assage Rows</source>
        <translation>구절 단위로 맞춤(&amp;A)</translation>
    </message>
    <message>
        <source>Each passage on a row of its own, to check how the two texts are aligned.</source>
        <translation>구절마다 한 행씩 나란히 놓아 두 텍스트의 정렬을 확인합니다.</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>위아래로 쌓기(&amp;T)</translation>
    </message>
    <message>
        <source>One column, each passage above its counterpart: for narrow windows and reading aloud.</source>
        <translation>한 열에 구절마다 두 언어를 위아래로 놓습니다. 좁은 창이나 소리 내어 읽을 때 좋습니다.</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <comment>where a find match is; %2: the words around it</comment>
        <translation>구절 %1: %2</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>BRIEF</source>
        <comment>the kind of document, printed small above the title</comment>
        <translation>요약 자료</translation>
    </message>
    <message>
        <source>Bottom line: </source>
        <comment>label before the briefing&apos;s summary</comment>
        <translation>핵심: </translation>
    </message>
    <message>
        <source>Where each side stands</source>
        <comment>heading of the stance table</comment>
        <translation>각 측의 입장</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>a topic of the talks; column heading</comment>
        <translation>쟁점</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) in the full briefing.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>나머지 쟁점 %n개는 전체 브리핑에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stance summaries are left out for space; see the full briefing.</source>
        <comment>what did not fit on the page</comment>
        <translation>지면 관계상 입장 요약은 생략했습니다. 전체 브리핑을 참조하십시오.</translation>
    </message>
    <message>
        <source>Key passages</source>
        <comment>heading: the passages that show the stances</comment>
        <translation>주요 구절</translation>
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
            <numerusform>나머지 구절 %n개는 전체 브리핑에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>footer</comment>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <comment>footer: date and time the brief was made</comment>
        <translation>생성 일시: %1</translation>
    </message>
    <message>
        <source>The wording row is left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>지면 관계상 표현 행은 생략했습니다.</translation>
    </message>
    <message>
        <source>Wording: </source>
        <comment>label before the contested terms each side uses</comment>
        <translation>표현: </translation>
    </message>
    <message>
        <source>Over time</source>
        <comment>heading: each side&apos;s positions on the issues at earlier meetings</comment>
        <translation>시기별 입장</translation>
    </message>
    <message>
        <source>Δ marks a change of position; this meeting is in bold.</source>
        <comment>after the Over time heading: how to read the rows</comment>
        <translation>Δ는 입장 변화, 굵은 글씨는 이번 회담입니다.</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier</source>
        <comment>Over time rows: how many of the issue&apos;s meetings before those shown are left out</comment>
        <translation>
            <numerusform>… 이전 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later …</source>
        <comment>Over time rows: how many of the issue&apos;s meetings after those shown are left out</comment>
        <translation>
            <numerusform>이후 %n회 …</numerusform>
        </translation>
    </message>
    <message>
        <source>The timeline rows are left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>시기별 입장 행은 지면 관계로 생략했습니다.</translation>
    </message>
</context>
<context>
    <name>BriefPrinter</name>
    <message>
        <source>Export Brief as PDF</source>
        <translation>요약 자료를 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1” 파일에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Export Brief as PDF…</source>
        <translation>요약 자료를 PDF로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a one-page brief of this briefing as a PDF file</source>
        <translation>이 브리핑의 한 쪽짜리 요약 자료를 PDF 파일로 저장</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>요약 자료 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>요약 자료의 언어</translation>
    </message>
</context>
<context>
    <name>BriefingDocument</name>
    <message>
        <source>The briefing has no file of its own yet: use Save As.</source>
        <translation>이 브리핑은 아직 파일로 저장되지 않았습니다. 다른 이름으로 저장을 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>BriefingHeader</name>
    <message>
        <source>Open the source in your web browser: %1</source>
        <translation>웹 브라우저에서 출처 열기: %1</translation>
    </message>
</context>
<context>
    <name>BriefingImport</name>
    <message>
        <source>bilateral: cannot read %1: %2</source>
        <translation>bilateral: %1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>bilateral: the input holds no text to import</source>
        <translation>bilateral: 가져올 텍스트가 없습니다</translation>
    </message>
    <message>
        <source>bilateral: cannot write %1: %2</source>
        <translation>bilateral: %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>bilateral: %1 (%2 and %3): %4 pairs, %5 passages in one language only, %6 pairs the aligner was unsure of (below %7%)</source>
        <translation>bilateral: %1 (%2, %3): 쌍 %4개, 한 언어로만 된 구절 %5개, 정렬기가 확신하지 못한 쌍 %6개(%7% 미만)</translation>
    </message>
    <message>
        <source>bilateral: the %1 text holds no more than a headline; the passages have text in one language only</source>
        <translation>bilateral: %1 텍스트에는 제목밖에 없습니다. 구절에는 한 언어의 텍스트만 있습니다</translation>
    </message>
</context>
<context>
    <name>BriefingLoader</name>
    <message>
        <source>JSON syntax error: unterminated object; expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>JSON 구문 오류: 객체가 닫히지 않았습니다. 쉼표(&quot;,&quot;) 또는 닫는 중괄호(&quot;}&quot;)가 와야 합니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: expected &quot;:&quot; after the key</source>
        <translation>JSON 구문 오류: 키 뒤에 콜론(&quot;:&quot;)이 와야 합니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: unterminated array; expected &quot;,&quot; or &quot;]&quot;</source>
        <translation>JSON 구문 오류: 배열이 닫히지 않았습니다. 쉼표(&quot;,&quot;) 또는 닫는 대괄호(&quot;]&quot;)가 와야 합니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: expected &quot;,&quot; between values</source>
        <translation>JSON 구문 오류: 값과 값 사이에 쉼표(&quot;,&quot;)가 와야 합니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: expected a value (a string, number, object, array, true, false or null)</source>
        <translation>JSON 구문 오류: 값(문자열, 숫자, 객체, 배열, true, false 또는 null)이 와야 합니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: the file ends inside a number</source>
        <translation>JSON 구문 오류: 숫자가 끝나기 전에 파일이 끝났습니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: malformed number</source>
        <translation>JSON 구문 오류: 숫자 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid escape sequence in a string</source>
        <translation>JSON 구문 오류: 문자열에 잘못된 이스케이프 시퀀스가 있습니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid UTF-8 in a string</source>
        <translation>JSON 구문 오류: 문자열에 잘못된 UTF-8 데이터가 있습니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: unterminated string; expected a closing quotation mark</source>
        <translation>JSON 구문 오류: 문자열이 닫히지 않았습니다. 닫는 따옴표가 필요합니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: expected an object at the top level</source>
        <translation>JSON 구문 오류: 최상위에는 객체가 있어야 합니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: nested too deeply</source>
        <translation>JSON 구문 오류: 중첩이 너무 깊습니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: the document is too large</source>
        <translation>JSON 구문 오류: 문서가 너무 큽니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: unexpected text after the end of the document</source>
        <translation>JSON 구문 오류: 문서가 끝난 뒤에 예상하지 못한 텍스트가 있습니다.</translation>
    </message>
    <message>
        <source>JSON syntax error</source>
        <translation>JSON 구문 오류</translation>
    </message>
    <message>
        <source>JSON syntax error: the file ends in the middle of the document; it may have been cut off</source>
        <translation>JSON 구문 오류: 문서 중간에서 파일이 끝났습니다. 파일 일부가 잘렸을 수 있습니다.</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); a briefing must be UTF-8 text</source>
        <translation>잘못된 UTF-8 바이트(0x%1)가 있습니다. 브리핑은 UTF-8 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>JSON syntax error: the string is not closed before the end of the line; expected a closing quotation mark (a line break inside a text is written \n)</source>
        <translation>JSON 구문 오류: 줄이 끝나기 전에 문자열이 닫히지 않았습니다. 닫는 따옴표가 필요합니다(텍스트 안의 줄 바꿈은 \n으로 씁니다).</translation>
    </message>
    <message>
        <source>JSON syntax error: a control character (U+%1) inside a string; write it as an escape such as \t</source>
        <translation>JSON 구문 오류: 문자열 안에 제어 문자(U+%1)가 있습니다. \t 같은 이스케이프 시퀀스로 쓰십시오.</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep; a briefing needs only a few levels</source>
        <translation>값이 %1단계를 넘게 중첩되어 있습니다. 브리핑에는 몇 단계의 중첩만 있으면 됩니다.</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;; expected %2</source>
        <translation>필수 &quot;%1&quot; 키가 없습니다. 필요한 값: %2.</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 형식이어야 합니다. 현재 값: %2.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; is ignored; expected one of: %2</source>
        <translation>인식할 수 없는 &quot;%1&quot; 키는 무시합니다. 사용할 수 있는 키: %2.</translation>
    </message>
    <message>
        <source>expected an object with the text in each language, such as {&quot;%1&quot;: &quot;…&quot;, &quot;%2&quot;: &quot;…&quot;}, found %3</source>
        <translation>{&quot;%1&quot;: &quot;…&quot;, &quot;%2&quot;: &quot;…&quot;}처럼 각 언어의 텍스트를 담은 객체가 필요합니다. 현재 값: %3.</translation>
    </message>
    <message>
        <source>missing the &quot;%1&quot; text; every text holds both languages of the briefing (%2 and %3)</source>
        <translation>&quot;%1&quot; 텍스트가 없습니다. 모든 텍스트에는 브리핑의 두 언어(%2, %3)가 모두 있어야 합니다.</translation>
    </message>
    <message>
        <source>the text is %1 characters long; the limit is %2</source>
        <translation>텍스트가 %1자입니다. 최대 %2자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text is ignored; a passage holds only the briefing&apos;s languages (%2 and %3)</source>
        <translation>&quot;%1&quot; 텍스트는 무시합니다. 구절에는 브리핑의 두 언어(%2, %3)만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;ja&quot;; the text is ignored</source>
        <translation>&quot;%1&quot; 키는 &quot;ja&quot; 같은 언어 코드가 아니므로 이 텍스트는 무시합니다.</translation>
    </message>
    <message>
        <source>the text is empty in both languages; at least one of %1 and %2 must have text</source>
        <translation>두 언어의 텍스트가 모두 비어 있습니다. %1, %2 중 하나 이상에 텍스트가 있어야 합니다.</translation>
    </message>
    <message>
        <source>expected a passage id (a string), found %1</source>
        <translation>구절 ID(문자열)가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>unknown passage &quot;%1&quot;; no passage has this id</source>
        <translation>알 수 없는 구절 ID &quot;%1&quot;입니다. 이 ID를 가진 구절이 없습니다.</translation>
    </message>
    <message>
        <source>passage &quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; 구절이 두 번 나열되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>expected exactly two languages, such as [&quot;ko&quot;, &quot;en&quot;], found %n</source>
        <translation>
            <numerusform>언어는 [&quot;ko&quot;, &quot;en&quot;]처럼 정확히 두 개여야 합니다. 현재 %n개입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a language code such as &quot;ko&quot; or &quot;en&quot;, found %1</source>
        <translation>&quot;ko&quot;나 &quot;en&quot; 같은 언어 코드가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>the two languages must differ, found &quot;%1&quot; twice</source>
        <translation>두 언어는 서로 달라야 합니다. 중복된 언어: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the name of the source, a string</source>
        <translation>출처 이름(문자열)</translation>
    </message>
    <message>
        <source>expected a web address starting with https://, found %1</source>
        <translation>https://로 시작하는 웹 주소가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>the address is not https; Bilateral shows it but will not open it</source>
        <translation>https 주소가 아닙니다. Bilateral은 이 주소를 표시하지만 열지는 않습니다.</translation>
    </message>
    <message>
        <source>the briefing has %1 sides; the limit is %2</source>
        <translation>브리핑에 측이 %1개 있습니다. 최대 %2개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>a short id for the side, such as &quot;kr&quot;</source>
        <translation>측을 나타내는 짧은 ID(예: &quot;kr&quot;)</translation>
    </message>
    <message>
        <source>expected a non-empty side id, found %1</source>
        <translation>비어 있지 않은 측 ID가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>duplicate side id &quot;%1&quot;; it is already used by sides[%2]</source>
        <translation>중복된 측 ID &quot;%1&quot;입니다. 이 ID는 이미 sides[%2]에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>the side&apos;s name in each language</source>
        <translation>각 언어로 된 측 이름</translation>
    </message>
    <message>
        <source>expected a colour written as &quot;#RRGGBB&quot;, such as &quot;#2563b0&quot;, found %1</source>
        <translation>색상은 &quot;#2563b0&quot;처럼 &quot;#RRGGBB&quot; 형식으로 써야 합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>the briefing has no passages; expected at least one</source>
        <translation>브리핑에 구절이 없습니다. 구절이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>the briefing has %1 passages; the limit is %2</source>
        <translation>브리핑에 구절이 %1개 있습니다. 최대 %2개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>a unique passage id such as &quot;p1&quot;</source>
        <translation>고유한 구절 ID(예: &quot;p1&quot;)</translation>
    </message>
    <message>
        <source>expected a non-empty passage id, found %1</source>
        <translation>비어 있지 않은 구절 ID가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>duplicate passage id &quot;%1&quot;; it is already used by passages[%2]</source>
        <translation>중복된 구절 ID &quot;%1&quot;입니다. 이 ID는 이미 passages[%2]에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>the passage&apos;s text in each language</source>
        <translation>각 언어로 된 구절 텍스트</translation>
    </message>
    <message>
        <source>the id of a side defined in &quot;sides&quot;</source>
        <translation>&quot;sides&quot;에 정의된 측의 ID</translation>
    </message>
    <message>
        <source>expected a side id (a string), found %1</source>
        <translation>측 ID(문자열)가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; the briefing defines no sides</source>
        <translation>알 수 없는 측 ID &quot;%1&quot;입니다. 이 브리핑에는 정의된 측이 없습니다.</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; expected one of: %2</source>
        <translation>알 수 없는 측 ID &quot;%1&quot;입니다. 사용할 수 있는 ID: %2.</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>%1 중 하나</translation>
    </message>
    <message>
        <source>expected a position (a string), found %1</source>
        <translation>입장(문자열)이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>unknown position &quot;%1&quot;; expected one of: %2</source>
        <translation>알 수 없는 입장 &quot;%1&quot;입니다. 사용할 수 있는 값: %2.</translation>
    </message>
    <message>
        <source>the briefing has %1 issues; the limit is %2</source>
        <translation>브리핑에 쟁점이 %1개 있습니다. 최대 %2개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>a unique issue id such as &quot;export-controls&quot;</source>
        <translation>고유한 쟁점 ID(예: &quot;export-controls&quot;)</translation>
    </message>
    <message>
        <source>expected a non-empty issue id, found %1</source>
        <translation>비어 있지 않은 쟁점 ID가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>duplicate issue id &quot;%1&quot;; it is already used by issues[%2]</source>
        <translation>중복된 쟁점 ID &quot;%1&quot;입니다. 이 ID는 이미 issues[%2]에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>the issue&apos;s title in each language</source>
        <translation>각 언어로 된 쟁점 제목</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation>최상위 값은 JSON 객체여야 합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>expected the format version, a whole number such as %1, found %2</source>
        <translation>형식 버전은 %1 같은 정수여야 합니다. 현재 값: %2.</translation>
    </message>
    <message>
        <source>this briefing was made by a newer version of Bilateral (format %1); this version reads format %2 — please update Bilateral</source>
        <translation>이 브리핑은 더 새로운 버전의 Bilateral에서 만들어졌습니다(형식 %1). 이 버전이 읽을 수 있는 형식은 %2입니다. Bilateral을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>the briefing&apos;s title in each language</source>
        <translation>각 언어로 된 브리핑 제목</translation>
    </message>
    <message>
        <source>expected a date written as &quot;YYYY-MM-DD&quot;, such as &quot;2020-10-29&quot;, found %1</source>
        <translation>날짜는 &quot;2020-10-29&quot;처럼 &quot;YYYY-MM-DD&quot; 형식으로 써야 합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date on the calendar</source>
        <translation>달력에 없는 날짜입니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>an array of at least one passage</source>
        <translation>구절이 하나 이상 들어 있는 배열</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark (BOM); it is ignored, but JSON files should not have one</source>
        <translation>파일이 바이트 순서 표시(BOM)로 시작합니다. BOM은 무시되지만, JSON 파일에는 BOM이 없어야 합니다.</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object that starts with &quot;{&quot;</source>
        <translation>파일이 비어 있습니다. &quot;{&quot;로 시작하는 JSON 객체가 필요합니다.</translation>
    </message>
    <message>
        <source>the file holds only white space; expected a JSON object that starts with &quot;{&quot;</source>
        <translation>파일에 공백 문자만 있습니다. &quot;{&quot;로 시작하는 JSON 객체가 필요합니다.</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; keep only one</source>
        <translation>같은 객체 안에 이 키가 두 번 있습니다. 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>null</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean (%1)</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>논리값(%1)</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>숫자(%1)</translation>
    </message>
    <message>
        <source>a string (%1)</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>문자열(%1)</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>what was found; ends a message such as &quot;expected a string, found %1&quot;</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>JSON syntax error: a trailing comma before &quot;%1&quot;; remove it</source>
        <translation>JSON 구문 오류: &quot;%1&quot; 앞에 불필요한 쉼표가 있습니다. 이 쉼표를 지우십시오.</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>객체</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a value</source>
        <comment>what was expected; fills &quot;expected %1, found %2&quot;</comment>
        <translation>값</translation>
    </message>
    <message>
        <source>a second stance for side &quot;%1&quot;; an issue holds at most one stance per side (the first is at %2)</source>
        <translation>&quot;%1&quot; 측의 입장이 두 번 있습니다. 한 쟁점에는 측마다 입장을 하나만 둘 수 있습니다(첫 번째 입장은 %2에 있습니다).</translation>
    </message>
    <message>
        <source>the format version, such as &quot;bilateral&quot;: %1</source>
        <translation>형식 버전(예: &quot;bilateral&quot;: %1)</translation>
    </message>
    <message>
        <source>the format version must be 1 or higher, found %1</source>
        <translation>형식 버전은 1 이상이어야 합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>the file is %1 MiB; Bilateral opens briefings of up to %2 MiB</source>
        <translation>파일 크기가 %1 MiB입니다. Bilateral은 최대 %2 MiB까지의 브리핑만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>the data is larger than %1 MiB; Bilateral opens briefings of up to that size</source>
        <translation>데이터가 %1 MiB보다 큽니다. Bilateral은 최대 이 크기까지의 브리핑만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>the file ends in the middle of a character (an incomplete UTF-8 sequence); it may have been cut off</source>
        <translation>파일이 문자 중간에서 끝납니다(불완전한 UTF-8 바이트열). 파일 일부가 잘렸을 수 있습니다</translation>
    </message>
    <message>
        <source>the file is %1 text, but a briefing must be UTF-8; save it as UTF-8 (in a text editor: Save As, encoding UTF-8)</source>
        <translation>이 파일은 %1 텍스트이지만 브리핑은 UTF-8이어야 합니다. UTF-8로 저장하십시오(텍스트 편집기에서 다른 이름으로 저장, 인코딩 UTF-8)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a lone surrogate (half of a UTF-16 pair), not a character; saving the briefing will replace it with U+FFFD (�)</source>
        <translation>&quot;%1&quot;은 짝이 없는 서로게이트(UTF-16 쌍의 절반)로, 문자가 아닙니다. 브리핑을 저장하면 U+FFFD(�)로 바뀝니다</translation>
    </message>
    <message>
        <source>the web address holds %1 at character %2, which a web address cannot hold; write it as %3</source>
        <translation>웹 주소의 %2번째 문자에 웹 주소에 쓸 수 없는 %1이 있습니다. %3(으)로 쓰십시오</translation>
    </message>
    <message>
        <source>the web address has no valid server name (such as example.org) or port, found %1</source>
        <translation>웹 주소에 올바른 서버 이름(예: example.org)이나 포트가 없습니다. 현재 값: %1</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, found %1</source>
        <translation>0에서 1 사이의 숫자가 필요하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected an object with the text in each language, such as {&quot;ko&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}, found %1</source>
        <translation>{&quot;ko&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}처럼 각 언어의 텍스트를 담은 객체가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>문자열이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>the text is empty in every language; give it in at least one</source>
        <translation>모든 언어의 텍스트가 비어 있습니다. 하나 이상의 언어로 텍스트를 쓰십시오.</translation>
    </message>
    <message>
        <source>expected a wording such as {&quot;text&quot;: &quot;처리수&quot;, &quot;language&quot;: &quot;ko&quot;, &quot;side&quot;: &quot;jp&quot;}, found %1</source>
        <translation>{&quot;text&quot;: &quot;처리수&quot;, &quot;language&quot;: &quot;ko&quot;, &quot;side&quot;: &quot;jp&quot;} 형식의 표현이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>the words as a text writes them</source>
        <translation>텍스트에 쓰인 그대로의 표현</translation>
    </message>
    <message>
        <source>a language code such as &quot;ko&quot;</source>
        <translation>언어 코드(예: &quot;ko&quot;)</translation>
    </message>
    <message>
        <source>expected a language code such as &quot;ko&quot;, found %1</source>
        <translation>&quot;ko&quot; 같은 언어 코드가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>expected the id of a side, or no &quot;side&quot; for a neutral wording, found %1</source>
        <translation>측 ID가 필요합니다. 중립적 표현이면 &quot;side&quot;를 생략하십시오. 현재 값: %1.</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;; no side has this id</source>
        <translation>알 수 없는 측 ID &quot;%1&quot;입니다. 이 ID를 가진 측이 없습니다.</translation>
    </message>
    <message>
        <source>a unique term id such as &quot;sea-name&quot;</source>
        <translation>고유한 용어 ID(예: &quot;sea-name&quot;)</translation>
    </message>
    <message>
        <source>expected &quot;term&quot; or &quot;name&quot;, found %1</source>
        <translation>&quot;term&quot; 또는 &quot;name&quot; 값이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>missing required key &quot;label&quot;; expected the term&apos;s name in each language</source>
        <translation>필수 &quot;label&quot; 키가 없습니다. 필요한 값: 각 언어로 된 용어 이름.</translation>
    </message>
    <message>
        <source>expected an object such as {&quot;name&quot;: &quot;…&quot;, &quot;url&quot;: &quot;https://…&quot;}, found %1</source>
        <translation>{&quot;name&quot;: &quot;…&quot;, &quot;url&quot;: &quot;https://…&quot;} 형식의 객체가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>출처 이름</translation>
    </message>
    <message>
        <source>expected an https:// or http:// address, found %1</source>
        <translation>https:// 또는 http://로 시작하는 주소가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>missing required key &quot;wordings&quot;; expected the words each side uses, in each language</source>
        <translation>필수 &quot;wordings&quot; 키가 없습니다. 필요한 값: 각 측이 언어별로 쓰는 표현.</translation>
    </message>
    <message>
        <source>expected an array of at least one wording, found %1</source>
        <translation>표현이 하나 이상 들어 있는 배열이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>expected an array of terms, found %1</source>
        <translation>용어 배열이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>the briefing has %1 terms; the limit is %2</source>
        <translation>브리핑에 용어가 %1개 있습니다. 최대 %2개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>expected a term such as {&quot;id&quot;: &quot;…&quot;, &quot;label&quot;: {…}, &quot;wordings&quot;: […]}, found %1</source>
        <translation>{&quot;id&quot;: &quot;…&quot;, &quot;label&quot;: {…}, &quot;wordings&quot;: […]} 형식의 용어가 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>duplicate term id &quot;%1&quot;; it is already used by %2[%3]</source>
        <translation>중복된 용어 ID &quot;%1&quot;입니다. 이 ID는 이미 %2[%3]에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>expected an array of review verdicts, found %1</source>
        <translation>검토 판정이 담긴 배열이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>expected a verdict such as {&quot;passage&quot;: &quot;p3&quot;, &quot;kind&quot;: &quot;number&quot;, &quot;key&quot;: &quot;…&quot;, &quot;verdict&quot;: &quot;checked&quot;}, found %1</source>
        <translation>{&quot;passage&quot;: &quot;p3&quot;, &quot;kind&quot;: &quot;number&quot;, &quot;key&quot;: &quot;…&quot;, &quot;verdict&quot;: &quot;checked&quot;} 형식의 판정이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>a passage id</source>
        <translation>구절 ID</translation>
    </message>
    <message>
        <source>the finding&apos;s key</source>
        <translation>지적 사항의 키</translation>
    </message>
    <message>
        <source>&quot;checked&quot;</source>
        <translation>&quot;checked&quot;</translation>
    </message>
    <message>
        <source>expected &quot;checked&quot;, found %1</source>
        <translation>&quot;checked&quot; 값이 필요합니다. 현재 값: %1.</translation>
    </message>
    <message>
        <source>expected one of: %1; found %2</source>
        <translation>%1 중 하나가 필요합니다. 현재 값: %2.</translation>
    </message>
    <message>
        <source>unknown passage &quot;%1&quot;; the verdict matches no finding</source>
        <translation>알 수 없는 구절 ID &quot;%1&quot;입니다. 이 판정에 해당하는 지적 사항이 없습니다.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>파일이 %1MiB보다 큽니다</translation>
    </message>
</context>
<context>
    <name>BriefingPropertiesDialog</name>
    <message>
        <source>Briefing Properties</source>
        <translation>브리핑 속성</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <comment>%1: a language, named in itself</comment>
        <translation>제목(%1):</translation>
    </message>
    <message>
        <source>Bottom line (%1):</source>
        <comment>%1: a language, named in itself</comment>
        <translation>핵심(%1):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Source address:</source>
        <translation>출처 주소:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no date</comment>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>BriefingWriter</name>
    <message>
        <source>the briefing would be %1 MiB; Bilateral opens briefings of up to %2 MiB</source>
        <translation>브리핑이 %1 MiB가 됩니다. Bilateral은 최대 %2 MiB까지의 브리핑만 열 수 있습니다</translation>
    </message>
    <message>
        <source>it has %1 passages; a briefing holds at most %2</source>
        <translation>구절이 %1개입니다. 브리핑에는 최대 %2개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>passage %1 has %2 characters; a passage holds at most %3 in each language</source>
        <translation>구절 %1은 %2자입니다. 구절 하나에는 언어마다 최대 %3자까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>it has %1 issues; a briefing holds at most %2</source>
        <translation>쟁점이 %1개입니다. 브리핑에는 최대 %2개까지 담을 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ComparisonBrief</name>
    <message>
        <source>Not raised in %1.</source>
        <comment>evidence: the readout leaves the issue out</comment>
        <translation>%1에서는 다루지 않음.</translation>
    </message>
    <message>
        <source>No passage cited.</source>
        <comment>evidence: a stance without passages</comment>
        <translation>인용된 구절 없음.</translation>
    </message>
    <message>
        <source>No stance recorded.</source>
        <comment>evidence: the readout names no side</comment>
        <translation>기록된 입장 없음.</translation>
    </message>
    <message>
        <source>Evidence where they differ</source>
        <comment>heading: the passages behind the differences</comment>
        <translation>차이가 나는 쟁점의 근거</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) on which the readouts agree left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>두 발표가 일치하는 쟁점 %n개는 지면 관계로 생략했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>쟁점 %n개를 더 지면 관계로 생략했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wording table is left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>표현 표는 지면 관계로 생략했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Evidence for %n more issue(s) is left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>쟁점 %n개의 근거를 더 지면 관계로 생략했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated by %1, %2</source>
        <comment>footer: the program and its version, then date and time</comment>
        <translation>%1에서 생성, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>both readouts&apos; marks: A, B</comment>
        <translation>%1, %2</translation>
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
        <translation>두 발표문 비교</translation>
    </message>
    <message>
        <source>Issue by issue</source>
        <comment>heading of the table of issues</comment>
        <translation>쟁점별 비교</translation>
    </message>
    <message>
        <source>Neither readout records an issue.</source>
        <comment>in place of the table of issues</comment>
        <translation>어느 발표문에도 쟁점이 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>column heading</comment>
        <translation>쟁점</translation>
    </message>
    <message>
        <source>Raised</source>
        <comment>column heading: in which readouts</comment>
        <translation>언급</translation>
    </message>
    <message>
        <source>Positions</source>
        <comment>column heading: each side&apos;s positions</comment>
        <translation>입장</translation>
    </message>
    <message>
        <source>both</source>
        <comment>raised: in both readouts</comment>
        <translation>양쪽</translation>
    </message>
    <message>
        <source>only in %1</source>
        <comment>raised: in one readout, A or B</comment>
        <translation>%1에만</translation>
    </message>
    <message>
        <source>≠ marks a side whose position differs between %1 and %2.</source>
        <comment>legend under the table of issues</comment>
        <translation>≠는 %1과 %2에서 입장이 다르게 기록된 측을 표시합니다.</translation>
    </message>
    <message>
        <source>Contested wording</source>
        <comment>heading: each side&apos;s own words for one thing</comment>
        <translation>쟁점 표현</translation>
    </message>
    <message>
        <source>Concept</source>
        <comment>column heading</comment>
        <translation>개념</translation>
    </message>
    <message>
        <source>Wordings</source>
        <comment>column heading: each side&apos;s words</comment>
        <translation>표현</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>Export Comparison Brief</source>
        <translation>비교 브리프 내보내기</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The comparison brief could not be written.</source>
        <translation>비교 브리프를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Compare Readouts</source>
        <translation>발표문 비교</translation>
    </message>
    <message>
        <source>&amp;Export Comparison Brief…</source>
        <translation>비교 브리프 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Wordings:</source>
        <translation>표현:</translation>
    </message>
    <message>
        <source>Issues in the two readouts</source>
        <translation>두 발표문의 쟁점</translation>
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
        <translation>A의 근거</translation>
    </message>
    <message>
        <source>Evidence in B</source>
        <translation>B의 근거</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>쟁점</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>%1: A → B</source>
        <translation>%1: A → B</translation>
    </message>
    <message>
        <source>in both</source>
        <translation>양쪽 모두</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>A에만</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>B에만</translation>
    </message>
    <message>
        <source>The two readouts put this side differently.</source>
        <translation>두 발표문이 이 측의 입장을 다르게 전합니다.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2&apos;s wording): A ×%3, B ×%4</source>
        <translation>%1 (%2 측 표현): A ×%3, B ×%4</translation>
    </message>
    <message>
        <source>no contested wording in either readout</source>
        <translation>어느 발표문에도 쟁점 표현이 없습니다</translation>
    </message>
    <message>
        <source>This readout does not raise the issue.</source>
        <translation>이 발표문은 이 쟁점을 다루지 않습니다.</translation>
    </message>
    <message>
        <source>No passage is marked for the issue.</source>
        <translation>이 쟁점에 표시된 구절이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ContrastMode</name>
    <message>
        <source>&amp;High Contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>Black, white and strong colours only, for low vision</source>
        <translation>저시력 사용자를 위해 검정, 흰색과 진한 색만 씁니다</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>저장하지 않은 변경 사항이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;New Briefing from Text…</source>
        <translation>텍스트로 새 브리핑 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a briefing file</source>
        <translation>브리핑 파일 열기</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>최근 파일 목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open Briefing</source>
        <translation>브리핑 열기</translation>
    </message>
    <message>
        <source>Briefings (*.briefing);;All files (*)</source>
        <translation>브리핑 (*.briefing);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s).</source>
        <translation>
            <numerusform>파일을 열었습니다. 경고가 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Open Text</source>
        <translation>텍스트를 열 수 없음</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Save Briefing As</source>
        <translation>다른 이름으로 브리핑 저장</translation>
    </message>
    <message>
        <source>Briefings (*.briefing)</source>
        <translation>브리핑 (*.briefing)</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>“%1” 파일을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>the new briefing</source>
        <translation>새 브리핑</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>닫기 전에 %1의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Could Not Restore</source>
        <translation>복원할 수 없음</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read. It is kept as “%1”.</source>
        <translation>복구 사본을 읽을 수 없습니다. “%1”(으)로 보관해 두었습니다.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and cannot be read now; you still have the version you were reading.</source>
        <translation>다른 프로그램이 “%1” 파일을 바꾸었는데 지금은 읽을 수 없습니다. 읽던 판은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Reloaded “%1”.</source>
        <translation>“%1” 파일을 다시 읽었습니다.</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed by another program. Save writes it again.</source>
        <translation>다른 프로그램이 “%1” 파일을 지우거나 이름을 바꾸었습니다. 저장하면 다시 씁니다.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Save will ask whether to overwrite it.</source>
        <translation>다른 프로그램이 “%1” 파일을 바꾸었습니다. 저장할 때 덮어쓸지 묻습니다.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>디스크의 파일이 바뀜</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or saved it here.</source>
        <translation>여기서 열거나 저장한 뒤에 다른 프로그램이 “%1” 파일을 바꾸었습니다.</translation>
    </message>
    <message>
        <source>Overwrite it with your version, save your version under another name, or reload the file and discard your changes?</source>
        <translation>내 판으로 덮어쓰시겠습니까, 내 판을 다른 이름으로 저장하시겠습니까, 아니면 파일을 다시 읽고 변경 사항을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) aligned; %1 in one language only; %2 to check (View › Layout › Passage Rows marks them)</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n쌍 정렬됨, 한 언어로만 된 구절 %1개, 확인할 쌍 %2개(보기 › 배치 › 구절 단위로 맞춤에 표시됨)</numerusform>
        </translation>
    </message>
    <message>
        <source>One Text Is Only a Headline</source>
        <translation>한쪽 텍스트가 제목뿐입니다</translation>
    </message>
    <message>
        <source>The %1 text holds no more than a headline, so the passages have text in one language only. Paste the %1 body and create the briefing again, or add the translations passage by passage.</source>
        <translation>%1 텍스트에는 제목밖에 없어서 구절에는 한 언어의 텍스트만 있습니다. %1 본문을 붙여 넣고 브리핑을 다시 만들거나, 구절마다 번역을 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Passage %1 of %2</source>
        <translation>구절 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>구절 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <comment>topics of the talks</comment>
        <translation>
            <numerusform>쟁점 %n개</numerusform>
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
        <translation>다음 구절과 합치기(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;plit Passage at Cursor</source>
        <translation>커서 위치에서 구절 나누기(&amp;P)</translation>
    </message>
    <message>
        <source>Add Passage to Selected &amp;Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>선택한 쟁점에 구절 추가(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New Issue from Passage…</source>
        <comment>issue: a topic of the talks</comment>
        <translation>구절로 새 쟁점 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>선택한 쟁점 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Mark Passage as &amp;Evidence of</source>
        <comment>followed by a side&apos;s name</comment>
        <translation>구절을 근거로 표시(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>%1: what the last change did</comment>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>%1: what the undone change did</comment>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>실행 취소할 작업이 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>다시 실행할 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Click a passage first.</source>
        <translation>먼저 구절을 클릭하십시오.</translation>
    </message>
    <message>
        <source>Select an issue in the list first.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>먼저 목록에서 쟁점을 선택하십시오.</translation>
    </message>
    <message>
        <source>The last passage has none after it to merge with.</source>
        <translation>마지막 구절 뒤에는 합칠 구절이 없습니다.</translation>
    </message>
    <message>
        <source>Click in the passage where it should be split.</source>
        <translation>나눌 위치에서 구절 안을 클릭하십시오.</translation>
    </message>
    <message>
        <source>This passage is a single word here: there is nowhere to split it.</source>
        <translation>이 구절은 여기서 한 단어로 되어 있어 나눌 곳이 없습니다.</translation>
    </message>
    <message>
        <source>Click in the passage, in the language whose sentence should move.</source>
        <translation>문장을 옮길 언어 쪽에서 구절 안을 클릭하십시오.</translation>
    </message>
    <message>
        <source>The last passage has no next passage.</source>
        <translation>마지막 구절에는 다음 구절이 없습니다.</translation>
    </message>
    <message>
        <source>The first passage has no previous passage.</source>
        <translation>첫 구절에는 이전 구절이 없습니다.</translation>
    </message>
    <message>
        <source>This passage has no text in %1.</source>
        <comment>%1: a language, named in itself</comment>
        <translation>이 구절에는 %1 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Already part of the selected issue.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>이미 선택한 쟁점에 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>Not part of the selected issue.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>선택한 쟁점에 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The briefing has no sides yet: add them with Edit › Sides….</source>
        <translation>브리핑에 아직 측이 없습니다. 편집 › 측…에서 추가하십시오.</translation>
    </message>
    <message>
        <source>Merge Passages</source>
        <translation>구절 합치기</translation>
    </message>
    <message>
        <source>Passages %1 and %2 merged.</source>
        <translation>구절 %1과 %2를 합쳤습니다.</translation>
    </message>
    <message>
        <source>Passages %1 and %2 are too long to merge.</source>
        <translation>구절 %1과 %2는 너무 길어 합칠 수 없습니다.</translation>
    </message>
    <message>
        <source>Split Passage</source>
        <translation>구절 나누기</translation>
    </message>
    <message>
        <source>Passage %1 split in two.</source>
        <translation>구절 %1을 둘로 나눴습니다.</translation>
    </message>
    <message>
        <source>Move Sentence</source>
        <translation>문장 옮기기</translation>
    </message>
    <message>
        <source>Add Passage to Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>쟁점에 구절 추가</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) added to the issue.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>
            <numerusform>구절 %n개를 쟁점에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Passage from Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>쟁점에서 구절 빼기</translation>
    </message>
    <message>
        <source>New Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>새 쟁점</translation>
    </message>
    <message>
        <source>Edit Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>쟁점 편집</translation>
    </message>
    <message>
        <source>Delete Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>쟁점 삭제</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit › Undo brings it back.</source>
        <translation>“%1”을(를) 삭제했습니다. 편집 › 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Mark Evidence</source>
        <translation>근거 표시</translation>
    </message>
    <message>
        <source>Edit Sides</source>
        <translation>측 편집</translation>
    </message>
    <message>
        <source>Edit Briefing Properties</source>
        <translation>브리핑 속성 편집</translation>
    </message>
    <message>
        <source>Move Last Sentence to Ne&amp;xt Passage</source>
        <translation>마지막 문장을 다음 구절로 옮기기(&amp;X)</translation>
    </message>
    <message>
        <source>Move First Sentence to Previous Passa&amp;ge</source>
        <translation>첫 문장을 이전 구절로 옮기기(&amp;G)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Passage from Selected Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>선택한 쟁점에서 구절 빼기(&amp;V)</translation>
    </message>
    <message>
        <source>Edi&amp;t Selected Issue and Stances…</source>
        <comment>issue: a topic of the talks</comment>
        <translation>선택한 쟁점과 입장 편집(&amp;T)…</translation>
    </message>
    <message>
        <source>Briefing Pr&amp;operties…</source>
        <translation>브리핑 속성(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Sides…</source>
        <comment>the parties to the talks</comment>
        <translation>측(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ExportBriefDialog</name>
    <message>
        <source>Export Brief as PDF</source>
        <translation>요약 자료를 PDF로 내보내기</translation>
    </message>
    <message>
        <source>&amp;Language of the brief:</source>
        <translation>요약 자료 언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>Key passages:</source>
        <translation>주요 구절:</translation>
    </message>
    <message>
        <source>The evidence of every issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>모든 쟁점의 근거</translation>
    </message>
    <message>
        <source>The evidence of “%1”</source>
        <comment>%1: the selected issue</comment>
        <translation>“%1”의 근거</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <comment>paper size</comment>
        <translation>A4 (210 × 297mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <comment>paper size</comment>
        <translation>US 레터 (8.5 × 11인치)</translation>
    </message>
    <message>
        <source>Print Brief</source>
        <translation>요약 자료 인쇄</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>find: current match of all matches</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Find in both languages</source>
        <translation>두 언어에서 찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 일치 항목(Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 일치 항목(Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 일치 항목</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 일치 항목</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>찾기 표시줄 닫기(Esc)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <source>%1 of %2 so far…</source>
        <comment>find: current match of the matches found while still searching</comment>
        <translation>%1/%2 (찾는 중…)</translation>
    </message>
</context>
<context>
    <name>ImportTextDialog</name>
    <message>
        <source>Open Text File</source>
        <translation>텍스트 파일 열기</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could Not Open Text</source>
        <translation>텍스트를 열 수 없음</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>New Briefing from Text</source>
        <translation>텍스트로 새 브리핑 만들기</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <source>&amp;Create Briefing</source>
        <translation>브리핑 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>언어: %1</translation>
    </message>
    <message>
        <source>Language: found from the text</source>
        <translation>언어: 텍스트에서 판별</translation>
    </message>
    <message>
        <source>Language: %1 (found from the text)</source>
        <translation>언어: %1(텍스트에서 판별)</translation>
    </message>
    <message>
        <source>Paste or open the Korean, Japanese or Chinese copy and its English. Paragraphs are separated by blank lines; sentences are split and aligned into passages, which you can correct afterwards. One text holding both languages can go in either box.</source>
        <translation>한국어·일본어·중국어 원문과 그 영어 텍스트를 붙여 넣거나 여십시오. 문단은 빈 줄로 구분합니다. 문장은 나뉘어 구절로 정렬되며, 나중에 고칠 수 있습니다. 두 언어가 함께 든 텍스트는 어느 칸에 넣어도 됩니다.</translation>
    </message>
    <message>
        <source>&amp;First text:</source>
        <translation>첫째 텍스트(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Second text:</source>
        <translation>둘째 텍스트(&amp;S):</translation>
    </message>
    <message>
        <source>Language of the first text</source>
        <translation>첫째 텍스트의 언어</translation>
    </message>
    <message>
        <source>Language of the second text</source>
        <translation>둘째 텍스트의 언어</translation>
    </message>
</context>
<context>
    <name>IssueDelegate</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>구절 %n개</numerusform>
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
        <translation>쟁점 편집</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Stance summary (%1)</source>
        <comment>%1: a language, named in itself</comment>
        <translation>입장 요약(%1)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>This briefing has no sides yet, so there are no stances to edit. Add the sides with Edit › Sides…, then come back here.</source>
        <translation>이 브리핑에는 아직 측이 없어 편집할 입장이 없습니다. 편집 › 측…에서 측을 추가한 뒤 다시 여십시오.</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <comment>%1: a language, named in itself</comment>
        <translation>제목(%1)</translation>
    </message>
    <message>
        <source>New Issue</source>
        <comment>issue: a topic of the talks</comment>
        <translation>새 쟁점</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <source>Issue</source>
        <comment>a topic of the talks</comment>
        <translation>쟁점</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>side name: its position on the issue</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>side name: its position on the issue — stance summary</comment>
        <translation>%1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>구절 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueSidebar</name>
    <message>
        <source>Issues</source>
        <comment>topics of the talks</comment>
        <translation>쟁점</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>쟁점 필터</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;Library…</source>
        <translation>라이브러리(&amp;L)…</translation>
    </message>
    <message>
        <source>Search every briefing in the library folders</source>
        <translation>라이브러리 폴더의 모든 브리핑 검색</translation>
    </message>
    <message>
        <source>Open Library &amp;Folder…</source>
        <translation>라이브러리 폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a folder of briefings to the library</source>
        <translation>브리핑 폴더를 라이브러리에 추가</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>다른 발표문과 비교(&amp;M)…</translation>
    </message>
    <message>
        <source>Set another readout of the same meeting against the open briefing, issue by issue</source>
        <translation>같은 회담의 다른 발표문을 열린 브리핑과 쟁점별로 비교</translation>
    </message>
    <message>
        <source>Issue &amp;Timeline</source>
        <translation>쟁점 타임라인(&amp;T)</translation>
    </message>
    <message>
        <source>The selected issue&apos;s stances across the library, by date</source>
        <translation>선택한 쟁점에 대한 라이브러리 전체의 입장을 날짜순으로</translation>
    </message>
    <message>
        <source>Open Library Folder</source>
        <translation>라이브러리 폴더 열기</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>다른 발표문과 비교</translation>
    </message>
    <message>
        <source>Briefings (*.briefing)</source>
        <translation>브리핑 (*.briefing)</translation>
    </message>
    <message>
        <source>“%1” is not a briefing Bilateral can read.</source>
        <translation>“%1”은(는) Bilateral이 읽을 수 있는 브리핑이 아닙니다.</translation>
    </message>
    <message>
        <source>the open briefing</source>
        <translation>열린 브리핑</translation>
    </message>
    <message>
        <source>Compare Readouts</source>
        <translation>발표문 비교</translation>
    </message>
</context>
<context>
    <name>LibraryIndex</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt의 SQLite 드라이버(QSQLITE)가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot create the folder for the library&apos;s index: %1</source>
        <translation>라이브러리 색인 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the library&apos;s index cannot be created: %1</source>
        <translation>라이브러리 색인을 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>쟁점</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>색인 작성 중 %1/%2</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>&amp;Folders…</source>
        <translation>폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>Search every briefing in Korean, Japanese or English (Ctrl+F)</source>
        <translation>모든 브리핑을 한국어, 일본어, 영어로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>시작일(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>종료일(&amp;T)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>모든 날짜</translation>
    </message>
    <message>
        <source>Si&amp;de</source>
        <translation>당사자(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>쟁점(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>입장(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Compare Two…</source>
        <translation>두 건 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the two selected briefings: readouts of one meeting</source>
        <translation>선택한 두 브리핑 비교: 같은 회담의 발표문</translation>
    </message>
    <message>
        <source>Issue Time&amp;line…</source>
        <translation>쟁점 타임라인(&amp;L)…</translation>
    </message>
    <message>
        <source>Each side&apos;s stance on the chosen issue across the library</source>
        <translation>선택한 쟁점에 대한 라이브러리 전체의 양측 입장</translation>
    </message>
    <message>
        <source>Briefings in the library</source>
        <translation>라이브러리의 브리핑</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Any issue</source>
        <translation>모든 쟁점</translation>
    </message>
    <message>
        <source>Any side</source>
        <translation>모든 당사자</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>모든 입장</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>“%1”에 대한 검색 결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), best first.</source>
        <translation>
            <numerusform>%n건, 관련도순.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n briefing(s) shown</source>
        <translation>
            <numerusform>브리핑 %n건 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>changed moments ago; it will be read again</source>
        <translation>방금 변경됨. 다시 읽습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>파일 %n개 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <source>the index cannot be used: %1</source>
        <translation>색인을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Skipped Files…</source>
        <translation>건너뛴 파일(&amp;S)…</translation>
    </message>
    <message>
        <source>Skipped Files</source>
        <translation>건너뛴 파일</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the library folders could not be read as briefings and are not in the library. Each is read again when it changes.</source>
        <translation>
            <numerusform>라이브러리 폴더의 파일 %n개를 브리핑으로 읽을 수 없어 라이브러리에 넣지 않았습니다. 파일이 바뀌면 다시 읽습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than 5,000 matches: %n are shown, not ranked (the files indexed last first). Add a word to narrow the search.</source>
        <translation>
            <numerusform>5,000건이 넘습니다. %n건을 관련도 순위 없이 표시합니다(마지막에 색인한 파일부터). 단어를 더해 범위를 좁히세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>the SQLite driver gives no access to its database</source>
        <translation>SQLite 드라이버가 데이터베이스에 접근할 수 없게 합니다</translation>
    </message>
</context>
<context>
    <name>LoadErrorDialog</name>
    <message>
        <source>Could Not Open Briefing</source>
        <translation>브리핑을 열 수 없음</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The briefing you were reading stays open.</source>
        <translation>“%1” 파일을 열 수 없습니다. 보고 있던 브리핑은 그대로 열려 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… 외에 문제가 %n개 더 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Bilateral</source>
        <translation>Bilateral 정보</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;lear Issue Selection</source>
        <comment>issue: a topic of the talks</comment>
        <translation>쟁점 선택 해제(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Bilateral</source>
        <translation>Bilateral 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>요약 자료를 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Could Not Export Brief</source>
        <translation>요약 자료를 내보낼 수 없음</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bilateral&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A viewer for bilingual diplomatic briefings: the two language versions side by side, the issues discussed and where each side stands.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bilateral&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;두 언어로 된 외교 브리핑을 보는 뷰어입니다. 두 언어 버전을 나란히 놓고, 논의된 쟁점과 각 측의 입장을 보여 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Korean Font Missing</source>
        <translation>한국어 글꼴 없음</translation>
    </message>
    <message>
        <source>No font with Korean characters is installed, so Korean text cannot be shown or printed. Install a font such as Noto Sans CJK (Debian package fonts-noto-cjk) and restart Bilateral.</source>
        <translation>한글을 표시할 수 있는 글꼴이 설치되어 있지 않아 한국어 텍스트를 화면에 표시하거나 인쇄할 수 없습니다. Noto Sans CJK 같은 글꼴(Debian 패키지 fonts-noto-cjk)을 설치한 뒤 Bilateral을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>%1[*] — Bilateral</source>
        <comment>window title: briefing title</comment>
        <translation>%1[*] — Bilateral</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Terms</source>
        <comment>contested wordings</comment>
        <translation>용어</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <comment>translation review; open findings</comment>
        <translation>검토 (%1)</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>translation review</comment>
        <translation>검토</translation>
    </message>
    <message>
        <source>Earlier tabs</source>
        <translation>앞쪽 탭</translation>
    </message>
    <message>
        <source>Later tabs</source>
        <translation>뒤쪽 탭</translation>
    </message>
    <message>
        <source>Issue details</source>
        <translation>쟁점 세부 정보</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>MarkerStrip</name>
    <message>
        <source>Where the highlighted passages are, and (notches on the right) the passages whose two language versions differ. Click to jump to one.</source>
        <translation>강조된 구절의 위치와, 두 언어 버전의 내용이 다른 구절의 위치(오른쪽 표시)를 보여 줍니다. 클릭하면 해당 구절로 이동합니다.</translation>
    </message>
    <message>
        <source>Overview of the highlighted passages</source>
        <translation>강조된 구절 개요</translation>
    </message>
</context>
<context>
    <name>PairFlags</name>
    <message>
        <source>Check this pair: it has text in one language only.</source>
        <translation>이 쌍을 확인하세요. 한 언어에만 텍스트가 있습니다.</translation>
    </message>
    <message>
        <source>Check this pair: one text is %1 times as long, against the other, as this briefing&apos;s pairs usually are. The two may not say the same thing.</source>
        <translation>이 쌍을 확인하세요. 한쪽 텍스트가 이 브리핑의 다른 쌍들에 비해 상대 텍스트보다 %1배 깁니다. 두 텍스트의 내용이 다를 수 있습니다.</translation>
    </message>
    <message>
        <source>Check this pair: the aligner that paired these texts was only %1% sure of it.</source>
        <translation>이 쌍을 확인하십시오: 이 텍스트들을 짝지은 정렬기의 확신도가 %1%에 불과했습니다.</translation>
    </message>
</context>
<context>
    <name>PairsExporter</name>
    <message>
        <source>Save the passage pairs as a TMX translation memory for translation tools</source>
        <translation>구절 쌍을 번역 도구용 TMX 번역 메모리로 저장합니다</translation>
    </message>
    <message>
        <source>Export Aligned Pairs</source>
        <translation>정렬된 쌍 내보내기</translation>
    </message>
    <message>
        <source>TMX translation memory (*.tmx)</source>
        <translation>TMX 번역 메모리 (*.tmx)</translation>
    </message>
    <message>
        <source>Could Not Export Pairs</source>
        <translation>쌍을 내보낼 수 없음</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Pairs saved to %1</source>
        <translation>쌍을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Export Aligned Pairs as &amp;TMX…</source>
        <translation>정렬된 쌍을 TMX로 내보내기(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>PassageAccessible</name>
    <message>
        <source>Passage %1 of %2.</source>
        <translation>구절 %2개 중 %1번째.</translation>
    </message>
    <message>
        <source>evidence of %1&apos;s position on %2</source>
        <comment>side, issue</comment>
        <translation>%2에 대한 %1 입장의 근거</translation>
    </message>
    <message>
        <source>Part of the selected issue.</source>
        <translation>선택한 쟁점에 속합니다.</translation>
    </message>
    <message>
        <source>Issues: %1.</source>
        <comment>topics of the talks</comment>
        <translation>쟁점: %1.</translation>
    </message>
    <message>
        <source>No counterpart in %1.</source>
        <comment>%1: a language&apos;s name</comment>
        <translation>%1 대응 구절이 없습니다.</translation>
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
        <translation>PDF 생성을 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>(cannot be read)</source>
        <translation>(읽을 수 없음)</translation>
    </message>
    <message>
        <source>a new briefing, never saved</source>
        <translation>저장한 적 없는 새 브리핑</translation>
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
        <translation>저장하지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <source>Bilateral closed without saving these changes. Restore one, or discard those you do not need; the others are offered again at the next start.</source>
        <translation>Bilateral이 이 변경 사항을 저장하지 못하고 종료되었습니다. 하나를 복원하거나 필요 없는 것은 삭제하십시오. 나머지는 다음에 시작할 때 다시 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>나중에 결정(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>cannot lock a recovery copy in %1</source>
        <translation>%1에서 복구 사본을 잠글 수 없습니다</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>파일이 아니라 파이프(FIFO)입니다</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>파일이 아니라 장치입니다</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>파일이 아니라 소켓입니다</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>존재하지 않습니다</translation>
    </message>
    <message>
        <source>its symbolic links lead round in a loop</source>
        <translation>심볼릭 링크가 돌고 돌아 제자리로 이어집니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>there is no space left on the disk</source>
        <translation>디스크에 남은 공간이 없습니다</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>디스크 할당량을 모두 썼습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>이름이 너무 깁니다</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>경로의 일부가 폴더가 아닙니다</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Show &amp;checked</source>
        <translation>확인한 항목 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Translation review findings</source>
        <translation>번역 검토 결과</translation>
    </message>
    <message>
        <source>%1 · passage %2</source>
        <comment>kind of finding, passage id</comment>
        <translation>%1 · 구절 %2</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>확인함</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>확인함: %1</translation>
    </message>
    <message>
        <source>The two language versions agree: no number, wording, name or passage differs.</source>
        <translation>두 언어 버전이 일치합니다. 숫자, 표현, 이름, 구절 가운데 다른 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Every finding has been checked (%n).</source>
        <translation>
            <numerusform>지적 사항 %n개를 모두 확인했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to check.</source>
        <translation>
            <numerusform>확인할 지적 사항이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to check; %1 checked.</source>
        <translation>
            <numerusform>확인할 지적 사항이 %n개 남아 있습니다. %1개는 확인했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Uncheck</source>
        <translation>확인 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mark Checked…</source>
        <translation>확인 완료로 표시(&amp;M)…</translation>
    </message>
    <message>
        <source>Mark Finding Checked</source>
        <translation>지적 사항을 확인 완료로 표시</translation>
    </message>
    <message>
        <source>Note (optional): why the difference is fine, or what was done about it</source>
        <translation>메모(선택 사항): 이 차이가 문제없는 이유나 이에 대해 취한 조치</translation>
    </message>
    <message>
        <source>Uncheck Finding</source>
        <translation>지적 사항 확인 해제</translation>
    </message>
    <message>
        <source>Checking the two language versions against each other…</source>
        <translation>두 언어 텍스트를 서로 대조하는 중입니다…</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>passage %1</source>
        <translation>구절 %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>쟁점 %1</translation>
    </message>
    <message>
        <source>stance of %1 on %2</source>
        <translation>%2에 대한 %1의 입장</translation>
    </message>
    <message>
        <source>term %1</source>
        <translation>용어 %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>동작이나 키 찾기</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키 목록</translation>
    </message>
    <message>
        <source>Next part of the window (issues, positions, the two texts)</source>
        <translation>창의 다음 부분(쟁점, 입장, 두 본문)</translation>
    </message>
    <message>
        <source>Previous part of the window</source>
        <translation>창의 이전 부분</translation>
    </message>
    <message>
        <source>Next or previous issue (in the issue list)</source>
        <translation>다음 또는 이전 쟁점(쟁점 목록에서)</translation>
    </message>
    <message>
        <source>Move in the text; the passage at the cursor becomes current</source>
        <translation>본문 안에서 이동(커서가 있는 구절이 현재 구절이 됨)</translation>
    </message>
    <message>
        <source>Choose passages (extend the selection)</source>
        <translation>구절 고르기(선택 넓히기)</translation>
    </message>
    <message>
        <source>Close the find bar or a dialog</source>
        <translation>찾기 막대나 대화상자 닫기</translation>
    </message>
    <message>
        <source>Open the context menu of the text or the issue list</source>
        <translation>본문이나 쟁점 목록의 상황 메뉴 열기</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Open a menu with its underlined letter</source>
        <translation>밑줄 친 글자로 메뉴 열기</translation>
    </message>
    <message>
        <source>Next or previous find match (in the find bar)</source>
        <translation>다음 또는 이전 찾은 항목(찾기 막대에서)</translation>
    </message>
</context>
<context>
    <name>SidesDialog</name>
    <message>
        <source>Colour of the Side</source>
        <translation>측의 색</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>측</translation>
    </message>
    <message>
        <source>The parties whose stances the briefing records. Double-click a colour to change it.</source>
        <translation>브리핑이 입장을 기록하는 당사자입니다. 색을 바꾸려면 색 칸을 두 번 누르십시오.</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <comment>%1: a language, named in itself</comment>
        <translation>이름(%1)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>&amp;Add Side</source>
        <translation>측 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Remove Side</source>
        <translation>측 삭제</translation>
    </message>
    <message numerus="yes">
        <source>%1 has a stance on %n issue(s). Remove the side and its stances?</source>
        <comment>%1: a side&apos;s name</comment>
        <translation>
            <numerusform>%1은(는) 쟁점 %n개에 입장이 있습니다. 측과 그 입장을 모두 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo brings them back.</source>
        <translation>편집 › 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Remove Side and Stances</source>
        <translation>측과 입장 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove Side</source>
        <translation>측 삭제(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SplitPassageDialog</name>
    <message>
        <source>Split Passage</source>
        <translation>구절 나누기</translation>
    </message>
    <message>
        <source>Passage %1 is split in %2 as shown below, but no matching point was found in its %3 text. Where should the %3 text go?</source>
        <comment>%1: passage number, %2 and %3: languages named in themselves</comment>
        <translation>구절 %1을 아래와 같이 %2에서 나눕니다. 그러나 %3 텍스트에서는 맞는 위치를 찾지 못했습니다. %3 텍스트는 어디로 보낼까요?</translation>
    </message>
    <message>
        <source>All of it stays with the first part</source>
        <comment>the other language&apos;s text</comment>
        <translation>모두 앞부분에 남기기</translation>
    </message>
    <message>
        <source>All of it goes to the second part</source>
        <comment>the other language&apos;s text</comment>
        <translation>모두 뒷부분으로 보내기</translation>
    </message>
    <message>
        <source>Split it after “%1”</source>
        <comment>the other language&apos;s text; %1: its words before the split</comment>
        <translation>“%1” 뒤에서 나누기</translation>
    </message>
    <message>
        <source>First part:</source>
        <comment>of the passage being split</comment>
        <translation>앞부분:</translation>
    </message>
    <message>
        <source>Second part:</source>
        <comment>of the passage being split</comment>
        <translation>뒷부분:</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <source>Positions of the sides</source>
        <translation>각 측의 입장</translation>
    </message>
    <message>
        <source>Select an issue to see where each side stands.</source>
        <translation>쟁점을 선택하면 각 측의 입장을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>¶ %1  %2</source>
        <comment>evidence: pilcrow, passage number, its first words</comment>
        <translation>¶ %1  %2</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <translation>구절 %1: %2</translation>
    </message>
    <message>
        <source>Edit Issue and Stances…</source>
        <comment>issue: a topic of the talks</comment>
        <translation>쟁점과 입장 편집…</translation>
    </message>
    <message>
        <source>This briefing has no sides yet. Add them with Edit › Sides… to record where each one stands.</source>
        <translation>이 브리핑에는 아직 측이 없습니다. 편집 › 측…에서 추가하면 각 측의 입장을 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Evidence of %1&apos;s position, passage %2: %3</source>
        <comment>side name; passage number; its first words</comment>
        <translation>%1 입장의 근거, 구절 %2: %3</translation>
    </message>
</context>
<context>
    <name>StancePosition</name>
    <message>
        <source>Supports</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>지지</translation>
    </message>
    <message>
        <source>Proposes</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>제안</translation>
    </message>
    <message>
        <source>Demands</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>요구</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>협력</translation>
    </message>
    <message>
        <source>Concerned</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>우려</translation>
    </message>
    <message>
        <source>Objects</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>반대</translation>
    </message>
    <message>
        <source>Rejects</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>거부</translation>
    </message>
    <message>
        <source>Reiterates its position</source>
        <comment>a side&apos;s position on an issue: holds its known position</comment>
        <translation>기존 입장 고수</translation>
    </message>
    <message>
        <source>No stated position</source>
        <comment>a side&apos;s position on an issue</comment>
        <translation>입장 표명 없음</translation>
    </message>
</context>
<context>
    <name>TermActions</name>
    <message>
        <source>Add Term from Sele&amp;ction…</source>
        <comment>term: a contested wording</comment>
        <translation>선택한 말을 용어로 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>Track the selected words as a wording of a contested term: whose wording it is, in which language.</source>
        <translation>선택한 말을 논란이 되는 용어의 표현으로 추적합니다. 어느 측의 표현인지, 어느 언어인지도 함께 지정합니다.</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>용어 추가</translation>
    </message>
    <message>
        <source>“%1” is now tracked as a wording.</source>
        <translation>“%1” 표현을 추적 대상에 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Add Term</source>
        <translation>용어 추가</translation>
    </message>
    <message>
        <source>New concept</source>
        <translation>새 개념</translation>
    </message>
    <message>
        <source>Contested wording</source>
        <translation>논란이 되는 표현</translation>
    </message>
    <message>
        <source>Name of a person, place or organisation</source>
        <translation>인명·지명·기관명</translation>
    </message>
    <message>
        <source>Neutral (no side&apos;s)</source>
        <translation>중립적 표현(어느 측도 아님)</translation>
    </message>
    <message>
        <source>%1&apos;s wording</source>
        <comment>side name</comment>
        <translation>%1 측 표현</translation>
    </message>
    <message>
        <source>&amp;Concept:</source>
        <translation>개념(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name of the concept:</source>
        <translation>개념 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>표현(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Whose wording:</source>
        <translation>어느 측 표현(&amp;W):</translation>
    </message>
    <message>
        <source>e.g. Fukushima water</source>
        <translation>예: 후쿠시마 원전 방류수</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Neither text uses a contested wording that Bilateral knows. Select words in a text and choose Edit › Add Term from Selection… to track one.</source>
        <translation>두 텍스트 모두 Bilateral에 등록된 논란이 되는 표현을 쓰지 않습니다. 텍스트에서 말을 선택한 뒤 편집 › 선택한 말을 용어로 추가…를 선택하면 추적할 수 있습니다.</translation>
    </message>
    <message>
        <source>Previous occurrence</source>
        <translation>이전 용례</translation>
    </message>
    <message>
        <source>Next occurrence</source>
        <translation>다음 용례</translation>
    </message>
    <message>
        <source>Contested wordings</source>
        <translation>논란이 되는 표현</translation>
    </message>
    <message>
        <source>neutral wording</source>
        <translation>중립적 표현</translation>
    </message>
    <message>
        <source>%1&apos;s wording</source>
        <comment>side name</comment>
        <translation>%1 측 표현</translation>
    </message>
    <message>
        <source>%1 ×%2 — %3</source>
        <comment>wording, count, whose wording</comment>
        <translation>%1 ×%2 — %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Defined in this briefing.</source>
        <translation>이 브리핑에서 정의한 용어입니다.</translation>
    </message>
    <message>
        <source>Choose a wording to step through its occurrences.</source>
        <translation>표현을 선택하면 용례를 차례로 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>용례 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrence %1 of %2</source>
        <translation>용례 %1/%2</translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>the text is neither UTF-8, UTF-16 nor Korean EUC-KR/CP949; save it as UTF-8 and try again</source>
        <translation>텍스트가 UTF-8, UTF-16, 한국어 EUC-KR/CP949 중 어느 것도 아닙니다. UTF-8로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>the file is %1 MiB; Bilateral imports texts of up to %2 MiB</source>
        <translation>파일 크기가 %1 MiB입니다. Bilateral은 최대 %2 MiB까지의 텍스트만 가져올 수 있습니다</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>%1 text</source>
        <comment>a text pane, for screen readers; %1: the language&apos;s own name, such as 한국어</comment>
        <translation>%1 본문</translation>
    </message>
    <message>
        <source>The briefing&apos;s text, passage by passage, level with the other language&apos;s.</source>
        <translation>브리핑 본문을 구절별로, 다른 언어 본문과 나란히 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Export Timeline as CSV</source>
        <translation>타임라인을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export Timeline as Image</source>
        <translation>타임라인을 이미지로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Issue Timeline</source>
        <translation>쟁점 타임라인</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>쟁점(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>별칭(&amp;A)…</translation>
    </message>
    <message>
        <source>Issue ids that other briefings use for the same issue</source>
        <translation>다른 브리핑이 같은 쟁점에 쓰는 쟁점 ID</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export I&amp;mage…</source>
        <translation>이미지 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Each side&apos;s stance at each meeting</source>
        <translation>회담별 양측 입장</translation>
    </message>
    <message>
        <source>Changed since the previous meeting.</source>
        <translation>직전 회담과 달라졌습니다.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No stance recorded at this meeting</source>
        <translation>이 회담에서 기록된 입장 없음</translation>
    </message>
    <message>
        <source>No briefing in the library raises this issue.</source>
        <translation>이 쟁점을 다루는 브리핑이 라이브러리에 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>회담 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of position, marked Δ</source>
        <translation>
            <numerusform>입장 변화 %n건 (Δ 표시)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to open that briefing at this issue.</source>
        <translation>칸을 누르면 해당 브리핑이 이 쟁점과 함께 열립니다.</translation>
    </message>
    <message>
        <source>Issue Aliases</source>
        <translation>쟁점 별칭</translation>
    </message>
    <message>
        <source>Briefings may name one issue by different ids. Ids listed here count as the chosen issue in the timeline and in the library&apos;s filters.</source>
        <translation>브리핑마다 같은 쟁점을 다른 ID로 부를 수 있습니다. 여기 나열된 ID는 타임라인과 라이브러리 필터에서 선택한 쟁점으로 취급됩니다.</translation>
    </message>
    <message>
        <source>&amp;Add as Alias</source>
        <translation>별칭으로 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Also counted as “%1”:</source>
        <translation>“%1”(으)로도 취급:</translation>
    </message>
</context>
<context>
    <name>TranslationReview</name>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>a neutral wording</source>
        <translation>중립적 표현</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>한국</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>일본</translation>
    </message>
    <message>
        <source>%1&apos;s wording</source>
        <translation>%1 측 표현</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>표현</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>the %1 text says “%3” where the %2 text says “%4”</source>
        <translation>%1 텍스트에는 “%3”, %2 텍스트에는 “%4”라고 되어 있습니다</translation>
    </message>
    <message>
        <source>the %1 text has “%3” (%4); the %2 text has no such number</source>
        <translation>%2 텍스트에는 %1 텍스트의 “%3”(%4)에 해당하는 숫자가 없습니다</translation>
    </message>
    <message>
        <source>the %1 text writes “%3” (%4); the %2 text writes “%5” (%6)</source>
        <translation>표현이 다릅니다. %1 텍스트: “%3”(%4), %2 텍스트: “%5”(%6)</translation>
    </message>
    <message>
        <source>“%3” is named in the %1 text but not in the %2 text</source>
        <translation>%2 텍스트에는 %1 텍스트의 “%3”에 해당하는 이름이 없습니다</translation>
    </message>
    <message>
        <source>the %1 text is missing; only the %2 text has this passage</source>
        <translation>%1 텍스트가 없습니다. 이 구절은 %2 텍스트에만 있습니다</translation>
    </message>
    <message>
        <source>the %1 text is %3% shorter than the briefing&apos;s length ratio predicts from the %2 text</source>
        <translation>%1 텍스트가 이 브리핑의 길이 비율로 %2 텍스트에서 예상되는 길이보다 %3% 짧습니다</translation>
    </message>
    <message>
        <source>the %1 text quotes %3; the %2 text has no quotation</source>
        <translation>%1 텍스트는 %3 부분을 인용하고 있지만 %2 텍스트에는 인용이 없습니다</translation>
    </message>
    <message>
        <source>the %1 text has the parenthesis %3; the %2 text has none</source>
        <translation>%1 텍스트에는 괄호로 묶은 %3 부분이 있지만 %2 텍스트에는 괄호가 없습니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>bilateral: unknown issue &quot;%1&quot;; the briefing&apos;s issues are: %2</source>
        <translation>bilateral: 알 수 없는 쟁점 ID &quot;%1&quot;입니다. 이 브리핑의 쟁점 ID: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>bilateral: cannot write %1: %2</source>
        <translation>bilateral: %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>bilateral: --lang expects one of %1, found &quot;%2&quot;</source>
        <translation>bilateral: --lang에는 %1 중 하나가 와야 하는데 &quot;%2&quot;입니다</translation>
    </message>
    <message>
        <source>bilateral: --page-size expects A4 or Letter, found &quot;%1&quot;</source>
        <translation>bilateral: --page-size에는 A4 또는 Letter가 와야 하는데 &quot;%1&quot;입니다</translation>
    </message>
</context>
</TS>
