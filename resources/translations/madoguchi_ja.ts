<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Board</name>
    <message>
        <source>not known yet</source>
        <translation>まだ分かりません</translation>
    </message>
    <message>
        <source>hardly any</source>
        <translation>ほとんどありません</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>約 %1 分</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>%1 番窓口</translation>
    </message>
    <message>
        <source>No number is being called.</source>
        <translation>現在呼び出し中の番号はありません。</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 人待ち</translation>
    </message>
    <message>
        <source>Waiting at the counters</source>
        <translation>窓口の混雑状況</translation>
    </message>
    <message>
        <source>A number drawn now waits %1 to be called at reception.</source>
        <translation>今番号札を取ると、受付で呼ばれるまでの待ち時間は %1 です。</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>ただいまの呼出し</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>手続ごと</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>工程ごと</translation>
    </message>
    <message>
        <source>As of %1. This page refreshes every minute.</source>
        <translation>%1 現在。このページは1分ごとに更新されます。</translation>
    </message>
    <message>
        <source>visits lately took about %1 min</source>
        <translation>最近の方は約 %1 分で用件が済んでいます</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Moving in</source>
        <translation>転入</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>転出</translation>
    </message>
    <message>
        <source>Move within the city</source>
        <translation>転居</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>証明書の請求</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Madoguchi</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Kiosk mode needs an administrator PIN to leave it. Set one with &quot;madoguchi-cli kiosk-pin&quot; and start again.</source>
        <translation>キオスクモードには終了用の管理者PINが必要です。「madoguchi-cli kiosk-pin」で設定してから起動してください。</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Number %1 has already left the office.</source>
        <translation>番号 %1 の方はすでにお帰りになりました。</translation>
    </message>
    <message>
        <source>Number %1 is not waiting to be called.</source>
        <translation>番号 %1 は呼出し待ちではありません。</translation>
    </message>
    <message>
        <source>Number %1 waits for counter %2.</source>
        <translation>番号 %1 は %2 番窓口で待っています。</translation>
    </message>
    <message>
        <source>Number %1 is not next in line: say why it is called out of order.</source>
        <translation>番号 %1 は次の順番ではありません。順番を飛ばして呼ぶ理由を入力してください。</translation>
    </message>
    <message>
        <source>Number %1 has not been called, so it cannot be called again.</source>
        <translation>番号 %1 はまだ呼び出されていないため、再呼出しできません。</translation>
    </message>
    <message>
        <source>Number %1 has not been called.</source>
        <translation>番号 %1 はまだ呼び出されていません。</translation>
    </message>
    <message>
        <source>Number %1 has been called %2 of %3 times: call it again before it counts as not present.</source>
        <translation>番号 %1 の呼出しは %3 回中 %2 回です。不在とする前にもう一度呼び出してください。</translation>
    </message>
    <message>
        <source>Number %1 is not parked.</source>
        <translation>番号 %1 は保留（不在）になっていません。</translation>
    </message>
    <message>
        <source>Number %1 can only be held while it waits or is called.</source>
        <translation>番号 %1 を一時保留できるのは、待っている間か呼出し中だけです。</translation>
    </message>
    <message>
        <source>Number %1 is not on hold.</source>
        <translation>番号 %1 は一時保留中ではありません。</translation>
    </message>
    <message>
        <source>A number is transferred to a stage that serves residents.</source>
        <translation>番号は住民の方に対応する工程へ回してください。</translation>
    </message>
    <message>
        <source>Say why number %1 is called first.</source>
        <translation>番号 %1 を優先して呼ぶ理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>窓口担当</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審査担当</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>管理者（監督）</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <source>Writing-desk tablet</source>
        <translation>記載台タブレット</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>mdg::AnalyticsService</name>
    <message>
        <source>The event log could not be read; the figures may be out of date.</source>
        <translation>イベントログを読み込めませんでした。数値が最新でない可能性があります。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mdg::CallBar</name>
    <message>
        <source>Calling numbers</source>
        <translation>番号呼出し</translation>
    </message>
    <message>
        <source>&amp;Call next (F2)</source>
        <translation>次の番号を呼ぶ(&amp;C) (F2)</translation>
    </message>
    <message>
        <source>&amp;Serve (F4)</source>
        <translation>対応開始(&amp;S) (F4)</translation>
    </message>
    <message>
        <source>The resident has come to the counter: open the case and start serving.</source>
        <translation>住民の方が窓口に来られました。案件を開いて対応を始めます。</translation>
    </message>
    <message>
        <source>Call &amp;again (F3)</source>
        <translation>再呼出し(&amp;A) (F3)</translation>
    </message>
    <message>
        <source>&amp;Not present</source>
        <translation>不在(&amp;N)</translation>
    </message>
    <message>
        <source>Nobody came after the calls: the number is parked and can be brought back.</source>
        <translation>呼び出しても来られませんでした。番号は保留（不在）になり、後で戻せます。</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>More calling actions</source>
        <translation>その他の呼出し操作</translation>
    </message>
    <message>
        <source>Call a number out of turn…</source>
        <translation>順番を飛ばして番号を呼ぶ…</translation>
    </message>
    <message>
        <source>Call out of turn</source>
        <translation>順番外の呼出し</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Why is number %1 called before the others?</source>
        <translation>番号 %1 をほかの方より先に呼ぶ理由は何ですか？</translation>
    </message>
    <message>
        <source>&amp;Hold the number</source>
        <translation>番号を一時保留(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Resume the number</source>
        <translation>一時保留を解除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bring back the parked number</source>
        <translation>不在の番号を戻す(&amp;B)</translation>
    </message>
    <message>
        <source>Call &amp;first (priority)…</source>
        <translation>優先して呼ぶ(&amp;F)…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>Why is this number called first (elderly, disabled, with infants)?</source>
        <translation>この番号を優先する理由（高齢の方、障害のある方、乳幼児連れの方など）は？</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>%1へ回す</translation>
    </message>
    <message>
        <source>No counter set</source>
        <translation>窓口未設定</translation>
    </message>
    <message>
        <source>Set this workstation&apos;s counter in Settings to call numbers.</source>
        <translation>番号を呼び出すには、設定でこの端末の窓口番号を設定してください。</translation>
    </message>
    <message>
        <source>Counter %1 · %2</source>
        <translation>%1 番窓口・%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No. %1 (call %2)</source>
        <translation>番号 %1（%2 回目の呼出し）</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>番号 %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for %1.</source>
        <translation>%1の待ちはありません。</translation>
    </message>
    <message>
        <source>Number %1 is called to counter %2.</source>
        <translation>番号 %1 を %2 番窓口へ呼び出しました。</translation>
    </message>
    <message>
        <source>Call a number first.</source>
        <translation>先に番号を呼び出してください。</translation>
    </message>
    <message>
        <source>Number %1 is parked as not present.</source>
        <translation>番号 %1 を不在として保留にしました。</translation>
    </message>
    <message>
        <source>Number %1 is on hold.</source>
        <translation>番号 %1 を一時保留にしました。</translation>
    </message>
    <message>
        <source>Number %1 now waits for %2.</source>
        <translation>番号 %1 は%2の待ちに回りました。</translation>
    </message>
    <message>
        <source>Number %1 waits again.</source>
        <translation>番号 %1 は再び待ちに戻りました。</translation>
    </message>
    <message>
        <source>Serving number %1.</source>
        <translation>番号 %1 の対応中です。</translation>
    </message>
    <message>
        <source>Transfer to a counter…</source>
        <translation>窓口を指定して回す…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>回す</translation>
    </message>
    <message>
        <source>Counter the number waits for</source>
        <translation>番号を待たせる窓口</translation>
    </message>
    <message>
        <source>Number %1 now waits for counter %2.</source>
        <translation>番号 %1 は %2 番窓口の待ちに回りました。</translation>
    </message>
    <message>
        <source>Number %1 is called first.</source>
        <translation>番号 %1 を優先して呼び出します。</translation>
    </message>
</context>
<context>
    <name>mdg::CameraSource</name>
    <message>
        <source>No camera is connected.</source>
        <translation>カメラが接続されていません。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
</context>
<context>
    <name>mdg::CapturePage</name>
    <message>
        <source>Document camera picture</source>
        <translation>書画カメラの映像</translation>
    </message>
    <message>
        <source>The certificate with the fields read</source>
        <translation>読み取った項目を示した証明書</translation>
    </message>
    <message>
        <source>&amp;Capture now</source>
        <translation>今すぐ撮影(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open image file…</source>
        <translation>画像ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>読み取りを中止</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>読み取りの進み具合</translation>
    </message>
    <message>
        <source>Fields read from the certificate</source>
        <translation>証明書から読み取った項目</translation>
    </message>
    <message>
        <source>Searching for the page…</source>
        <translation>書類を探しています…</translation>
    </message>
    <message>
        <source>No document camera: open a photo or scan of the certificate.</source>
        <translation>書画カメラがありません。証明書の写真かスキャン画像を開いてください。</translation>
    </message>
    <message>
        <source>No document camera</source>
        <translation>書画カメラなし</translation>
    </message>
    <message>
        <source>Page found: hold still…</source>
        <translation>書類が見つかりました。動かさないでください…</translation>
    </message>
    <message>
        <source>Captured.</source>
        <translation>撮影しました。</translation>
    </message>
    <message>
        <source>Open a photo or scan of the certificate</source>
        <translation>証明書の写真またはスキャン画像を開く</translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation>証明書を読み取っています…</translation>
    </message>
    <message>
        <source>Read in %1 s. %2 field(s) are unsure (amber): check them against the paper.</source>
        <translation>%1 秒で読み取りました。%2 項目は確かでありません（黄色）。原本と照らし合わせてください。</translation>
    </message>
    <message>
        <source>Read in %1 s.</source>
        <translation>%1 秒で読み取りました。</translation>
    </message>
    <message>
        <source>Capture &amp;another</source>
        <translation>別の証明書を撮影(&amp;A)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Comparison with the case</source>
        <translation>申請内容との照合</translation>
    </message>
    <message>
        <source>Fields read</source>
        <translation>読み取った項目</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>No case is open: the certificate is read but not compared. Open the resident&apos;s case first.</source>
        <translation>案件が開かれていません。証明書は読み取りますが照合はしません。先に住民の案件を開いてください。</translation>
    </message>
    <message>
        <source>Case %1 (queue %2): %3, stage %4</source>
        <translation>案件 %1（受付番号 %2）：%3、工程 %4</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <translation>解決しました：%1。</translation>
    </message>
    <message>
        <source>Taking the full-resolution picture…</source>
        <translation>高解像度で撮影しています…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Read in %1 s. %2 field(s) read unsurely (amber): the comparison says whether the entry confirms them.</source>
        <translation>%1 秒で読み取りました。%2 項目は読み取りが確かでありません（黄色）。入力内容と一致するかは照合結果に示します。</translation>
    </message>
    <message>
        <source>Another case was opened while the certificate was read: it is not compared. Capture it again for this case.</source>
        <translation>証明書の読み取り中に別の案件が開かれたため、照合していません。この案件のためにもう一度撮影してください。</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <source>compared with the resident register&apos;s household</source>
        <translation>住民記録の世帯と照合</translation>
    </message>
    <message>
        <source>compared with the transfer-out information of %1 over the resident-registry network (特例転入)</source>
        <translation>%1 から住基ネットで届いた転出証明書情報と照合（特例転入）</translation>
    </message>
    <message>
        <source>compared with the My Number card&apos;s chip</source>
        <translation>マイナンバーカードの IC チップと照合</translation>
    </message>
    <message>
        <source>compared with the moving-out certificate</source>
        <translation>転出証明書と照合</translation>
    </message>
</context>
<context>
    <name>mdg::CardReadDialog</name>
    <message>
        <source>PIN of the card (4 digits)</source>
        <translation>カードの暗証番号（4桁）</translation>
    </message>
    <message>
        <source>&amp;Read the card</source>
        <translation>カードを読む(&amp;R)</translation>
    </message>
    <message>
        <source>Look at the card &amp;again</source>
        <translation>もう一度カードを確認(&amp;A)</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>entered by the resident</source>
        <translation>ご本人が入力</translation>
    </message>
    <message>
        <source>Place the card on the reader. The resident types the 4-digit PIN of the card&apos;s text-input function; after three wrong PINs the card locks.</source>
        <translation>カードをリーダーに置いてください。ご本人が券面事項入力補助用の暗証番号（4桁）を入力します。3回間違えるとカードがロックされます。</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>暗証番号(&amp;P)</translation>
    </message>
    <message>
        <source>Looking at the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked. The resident can have it unlocked at the counter that issues My Number cards; enter the facts by hand meanwhile.</source>
        <translation>このカードの暗証番号はロックされています。マイナンバーカードの窓口でロック解除できます。それまでは手入力してください。</translation>
    </message>
    <message>
        <source>Card found. PIN tries left: %1.</source>
        <translation>カードを確認しました。暗証番号の残り回数：%1 回。</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>カードを読み取っています…</translation>
    </message>
</context>
<context>
    <name>mdg::CaseListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付時刻</translation>
    </message>
    <message>
        <source>In stage for</source>
        <translation>この段階で経過</translation>
    </message>
</context>
<context>
    <name>mdg::CasePage</name>
    <message>
        <source>No case is open. Open one from Reception or the Review queue.</source>
        <translation>案件が開かれていません。受付または審査待ち一覧から開いてください。</translation>
    </message>
    <message>
        <source>Household and move</source>
        <translation>世帯と異動</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>段階の履歴</translation>
    </message>
    <message>
        <source>Reason for sending back or cancelling</source>
        <translation>差戻し・取消の理由</translation>
    </message>
    <message>
        <source>&amp;Send back</source>
        <translation>差戻し(&amp;S)</translation>
    </message>
    <message>
        <source>Cance&amp;l case</source>
        <translation>案件を取消(&amp;L)</translation>
    </message>
    <message>
        <source>No. %1   %2   %3</source>
        <translation>番号 %1   %2   %3</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>段階: %1</translation>
    </message>
    <message>
        <source>Sent back by the reviewer: %1</source>
        <translation>審査担当から差戻し: %1</translation>
    </message>
    <message>
        <source>Head of household: %1</source>
        <translation>世帯主: %1</translation>
    </message>
    <message>
        <source>Date of the move: %1</source>
        <translation>異動日: %1</translation>
    </message>
    <message>
        <source>Previous address: %1</source>
        <translation>前住所: %1</translation>
    </message>
    <message>
        <source>New address: %1</source>
        <translation>新住所: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>転出先: %1</translation>
    </message>
    <message>
        <source>Received: %1   Last change: %2   Version %3</source>
        <translation>受付: %1   最終更新: %2   版 %3</translation>
    </message>
    <message>
        <source>&amp;Move to %1 (Ctrl+Enter)</source>
        <translation>%1へ進める(&amp;M) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1へ進める</translation>
    </message>
    <message>
        <source>The case is now in %1.</source>
        <translation>案件は%1の段階になりました。</translation>
    </message>
    <message>
        <source>Copy of the residence record</source>
        <translation>住民票の写し</translation>
    </message>
    <message>
        <source>Seal registration certificate</source>
        <translation>印鑑登録証明書</translation>
    </message>
    <message>
        <source>Opened from the resident&apos;s pre-entry (%1).</source>
        <translation>住民の事前入力から開始しました（%1）。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Certificates requested: %1</source>
        <translation>請求する証明書: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>質問への回答: %1</translation>
    </message>
    <message numerus="yes">
        <source>Certificate check: %n finding(s) to resolve on the Certificate page before review.</source>
        <translation>
            <numerusform>証明書の照合：審査の前に証明書画面で解決が必要な指摘が%n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate check: every finding is resolved.</source>
        <translation>証明書の照合：すべての指摘が解決済みです。</translation>
    </message>
    <message>
        <source>The certificate read for this case</source>
        <translation>この案件で読み取った証明書</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>証明書の照合</translation>
    </message>
    <message>
        <source>This workstation&apos;s version is kept and goes to the central store.</source>
        <translation>この端末の版を残しました。中央ストアへ送られます。</translation>
    </message>
    <message>
        <source>The central store&apos;s version is now the case here.</source>
        <translation>中央ストアの版をこの端末の案件にしました。</translation>
    </message>
    <message>
        <source>&amp;Hand back to the queue</source>
        <translation>待ち行列に戻す(&amp;H)</translation>
    </message>
    <message>
        <source>Send to the records system &amp;again</source>
        <translation>住民記録システムへ再送(&amp;A)</translation>
    </message>
    <message>
        <source>Handed back to the queue.</source>
        <translation>待ち行列に戻しました。</translation>
    </message>
    <message>
        <source>Accepted by the records system: receipt %1 (%2).</source>
        <translation>住民記録システムが受け付けました：受付番号 %1（%2）。</translation>
    </message>
    <message>
        <source>Approved; being sent to the records system…</source>
        <translation>承認済み。住民記録システムへ送信しています…</translation>
    </message>
    <message numerus="yes">
        <source>Approved, but not yet accepted by the records system (%n attempt(s)): %1</source>
        <translation>
            <numerusform>承認済みですが、住民記録システムはまだ受け付けていません（%n 回試行）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted by the records system: receipt %1.</source>
        <translation>住民記録システムが受け付けました：受付番号 %1。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査記録</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開いた</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>経過: %1</translation>
    </message>
    <message>
        <source>Related procedures</source>
        <translation>関連手続き</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>済み(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not needed</source>
        <translation>不要(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Referred to its window</source>
        <translation>担当窓口へ案内(&amp;R)</translation>
    </message>
    <message>
        <source>Back to &amp;to do</source>
        <translation>未対応に戻す(&amp;T)</translation>
    </message>
    <message>
        <source>Related procedures (%1 to do)</source>
        <translation>関連手続き（未対応 %1 件）</translation>
    </message>
    <message>
        <source>has a My Number card</source>
        <translation>マイナンバーカード所持</translation>
    </message>
    <message>
        <source>employee health insurance</source>
        <translation>職場の健康保険</translation>
    </message>
    <message>
        <source>public assistance</source>
        <translation>生活保護</translation>
    </message>
    <message>
        <source>national pension category</source>
        <translation>国民年金の種別</translation>
    </message>
    <message>
        <source>care certification</source>
        <translation>要介護認定</translation>
    </message>
    <message>
        <source>day care wanted</source>
        <translation>保育の希望</translation>
    </message>
    <message>
        <source>expecting</source>
        <translation>妊娠中</translation>
    </message>
    <message>
        <source>seal registered at the previous city</source>
        <translation>前住所地で印鑑登録</translation>
    </message>
    <message>
        <source>receives an allowance or holds a handbook</source>
        <translation>手当の受給・手帳の所持</translation>
    </message>
    <message>
        <source>owns a dog</source>
        <translation>犬の飼育</translation>
    </message>
    <message>
        <source>owns a moped</source>
        <translation>原動機付自転車の所有</translation>
    </message>
    <message>
        <source>preschool child</source>
        <translation>未就学児</translation>
    </message>
    <message>
        <source>new school</source>
        <translation>転入先の学校</translation>
    </message>
    <message>
        <source>Guidance sheet (&amp;PDF)…</source>
        <translation>案内票（&amp;PDF）…</translation>
    </message>
    <message>
        <source>Save the resident&apos;s guidance sheet as PDF</source>
        <translation>住民向けの案内票をPDFで保存</translation>
    </message>
    <message>
        <source>Save the guidance sheet</source>
        <translation>案内票の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The guidance sheet is saved: %1</source>
        <translation>案内票を保存しました：%1</translation>
    </message>
    <message>
        <source>Entered by the resident on the writing desk&apos;s tablet.</source>
        <translation>記載台のタブレットで住民が入力しました。</translation>
    </message>
    <message>
        <source>Certificate viewed</source>
        <translation>証明書を表示</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Personal data removed</source>
        <translation>個人情報を削除</translation>
    </message>
    <message>
        <source>My &amp;Number card…</source>
        <translation>マイナンバーカード(&amp;N)…</translation>
    </message>
    <message>
        <source>Compare the entry with the resident&apos;s My Number card</source>
        <translation>申請内容をご本人のマイナンバーカードと照合します</translation>
    </message>
    <message>
        <source>%1: entered %2, card %3</source>
        <translation>%1：入力 %2、カード %3</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>the card&apos;s holder is not among the members entered</source>
        <translation>カードの持ち主が入力された世帯員の中にいません</translation>
    </message>
    <message>
        <source>The My Number card agrees with the entry: %1.</source>
        <translation>マイナンバーカードと申請内容は一致しています：%1。</translation>
    </message>
    <message>
        <source>The My Number card differs from the entry: %1.</source>
        <translation>マイナンバーカードと申請内容が違います：%1。</translation>
    </message>
    <message>
        <source>My Number card read</source>
        <translation>マイナンバーカード読取</translation>
    </message>
</context>
<context>
    <name>mdg::CasePolicy</name>
    <message>
        <source>Only a clerk can open a case.</source>
        <translation>案件を開始できるのは窓口担当だけです。</translation>
    </message>
    <message>
        <source>Only a clerk can change the entered data.</source>
        <translation>入力内容を変更できるのは窓口担当だけです。</translation>
    </message>
    <message>
        <source>The entered data can only change in Reception or Entry; this case is in %1.</source>
        <translation>入力内容を変更できるのは受付または入力の段階だけです。この案件は%1の段階です。</translation>
    </message>
    <message>
        <source>Only a clerk can check a certificate.</source>
        <translation>証明書を照合できるのは窓口担当だけです。</translation>
    </message>
    <message>
        <source>A certificate can only be checked in Reception or Entry; this case is in %1.</source>
        <translation>証明書を照合できるのは受付または入力の段階だけです。この案件は%1の段階です。</translation>
    </message>
    <message>
        <source>Only a clerk can resolve a finding.</source>
        <translation>指摘を解決できるのは窓口担当だけです。</translation>
    </message>
    <message>
        <source>Findings can only be resolved in Reception or Entry; this case is in %1.</source>
        <translation>指摘を解決できるのは受付または入力の段階だけです。この案件は%1の段階です。</translation>
    </message>
    <message>
        <source>Only a clerk can settle a conflict.</source>
        <translation>競合を解決できるのは窓口担当だけです。</translation>
    </message>
    <message>
        <source>Only reviewers and supervisors work from the review queue.</source>
        <translation>審査待ちから案件を取れるのは審査担当と管理者（監督）だけです。</translation>
    </message>
    <message>
        <source>Only reviewers, supervisors and administrators can read a case&apos;s audit trail.</source>
        <translation>案件の監査記録を見られるのは審査担当・管理者（監督）・システム管理者だけです。</translation>
    </message>
    <message>
        <source>Only supervisors and administrators see the dashboard.</source>
        <translation>ダッシュボードを見られるのは管理者（監督）とシステム管理者だけです。</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>この設定を変更できるのはシステム管理者だけです。</translation>
    </message>
    <message>
        <source>You entered data in this case, so another reviewer must review it (four eyes).</source>
        <translation>この案件のデータを入力した職員は審査できません。別の審査担当者が審査してください（四つの目の原則）。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the certificate check are not resolved yet; resolve them before review.</source>
        <translation>
            <numerusform>証明書照合の指摘が%n件未解決です。審査に回す前に解決してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a clerk can tick the related procedures.</source>
        <translation>関連手続きのチェックは窓口担当者のみが行えます。</translation>
    </message>
    <message>
        <source>The case is cancelled.</source>
        <translation>この案件は取り消されています。</translation>
    </message>
    <message>
        <source>Only counter staff call numbers.</source>
        <translation>番号を呼び出せるのは窓口の職員だけです。</translation>
    </message>
</context>
<context>
    <name>mdg::CaseService</name>
    <message>
        <source>Someone else changed this case in the meantime. It has been reloaded; check it and try again.</source>
        <translation>この案件は他の職員によって変更されました。最新の内容を読み込み直しましたので、確認してからもう一度操作してください。</translation>
    </message>
    <message>
        <source>Enter at least one member of the household.</source>
        <translation>世帯員を1人以上入力してください。</translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation>案件が見つかりません。</translation>
    </message>
    <message>
        <source>This finding no longer exists; the comparison was run again.</source>
        <translation>この指摘はもうありません。照合をやり直しました。</translation>
    </message>
    <message>
        <source>This case has no conflict to settle any more.</source>
        <translation>この案件に解決が必要な競合はもうありません。</translation>
    </message>
    <message>
        <source>The central store&apos;s version of this case cannot be read; keep this workstation&apos;s version.</source>
        <translation>この案件の中央ストアの版を読み取れません。この端末の版を残してください。</translation>
    </message>
    <message>
        <source>This procedure is not in the case&apos;s guidance any more; the household or the answers changed.</source>
        <translation>この手続きは案件の案内に含まれなくなりました。世帯または回答が変更されています。</translation>
    </message>
    <message>
        <source>The guidance sheet could not be written there. Choose another folder.</source>
        <translation>案内票をその場所に保存できませんでした。別のフォルダを選んでください。</translation>
    </message>
</context>
<context>
    <name>mdg::CaseTimeline</name>
    <message>
        <source>scanned %1</source>
        <translation>読取 %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source>certificate read %1 (%2 to check)</source>
        <translation>証明書読取 %1（要確認 %2件）</translation>
    </message>
    <message>
        <source>certificate read %1</source>
        <translation>証明書読取 %1</translation>
    </message>
    <message>
        <source>finding settled %1</source>
        <translation>差異を解決 %1</translation>
    </message>
    <message>
        <source>%1 fields agree · to %2 by itself %3</source>
        <translation>%1項目一致 · 自動で%2へ %3</translation>
    </message>
    <message>
        <source>to %1 %2</source>
        <translation>%1へ %2</translation>
    </message>
</context>
<context>
    <name>mdg::CertificateFieldsModel</name>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Moving to</source>
        <translation>転出先</translation>
    </message>
    <message>
        <source>Planned move date</source>
        <translation>転出予定年月日</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>世帯主</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <translation>本籍</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <translation>筆頭者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Resident code</source>
        <translation>住民票コード</translation>
    </message>
    <message>
        <source>Member %1: %2</source>
        <translation>世帯員 %1: %2</translation>
    </message>
    <message>
        <source>As read: %1</source>
        <translation>読み取った文字: %1</translation>
    </message>
    <message>
        <source>(not read: %1)</source>
        <translation>（読み取れず: %1）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Certificate says</source>
        <translation>証明書の記載</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確からしさ</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>世帯員%1</translation>
    </message>
    <message>
        <source>Member %1 of the certificate</source>
        <translation>証明書の世帯員%1</translation>
    </message>
    <message>
        <source>Address: building and room</source>
        <translation>住所：方書（建物・部屋）</translation>
    </message>
    <message>
        <source>Moving to: building and room</source>
        <translation>転出先：方書（建物・部屋）</translation>
    </message>
</context>
<context>
    <name>mdg::CertificateReader</name>
    <message>
        <source>The image cannot be read.</source>
        <translation>画像を読み込めません。</translation>
    </message>
    <message>
        <source>The image is too small to hold a certificate (%1 × %2 pixels). Take the photo again, closer.</source>
        <translation>証明書を読むには画像が小さすぎます（%1 × %2 ピクセル）。もっと近づけて撮り直してください。</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels). Use the document camera or a scan at 200–300 dpi.</source>
        <translation>画像が大きすぎます（%1 × %2 ピクセル）。書画カメラか 200〜300 dpi のスキャンを使ってください。</translation>
    </message>
    <message>
        <source>The text reader could not start: %1</source>
        <translation>文字認識を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>読み取りを中止しました。</translation>
    </message>
    <message>
        <source>This does not look like a moving-out certificate (転出証明書): no title and too few of its labels were found. Check the document and the photo.</source>
        <translation>転出証明書ではないようです。表題がなく、項目名もほとんど見つかりませんでした。書類と写真を確認してください。</translation>
    </message>
</context>
<context>
    <name>mdg::ClaimService</name>
    <message>
        <source>Claiming needs the central store, which cannot be reached now. Try again in a moment; cases already open can still be worked on.</source>
        <translation>案件の担当を取るには中央ストアが必要ですが、現在接続できません。しばらくしてからもう一度お試しください。すでに開いている案件の作業は続けられます。</translation>
    </message>
    <message>
        <source>Another staff member</source>
        <translation>他の職員</translation>
    </message>
    <message>
        <source>%1 is working on this case at another workstation (since %2).</source>
        <translation>%1 が別の端末でこの案件を担当しています（%2 から）。</translation>
    </message>
    <message>
        <source>The local store could not record the claim; it was handed back.</source>
        <translation>ローカルストアに担当を記録できなかったため、案件を戻しました。</translation>
    </message>
</context>
<context>
    <name>mdg::ConflictPanel</name>
    <message>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>世帯主</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>異動日</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>前住所</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新住所</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>転出先</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>世帯員%1</translation>
    </message>
    <message>
        <source>Changed at another workstation first</source>
        <translation>他の端末で先に変更されました</translation>
    </message>
    <message>
        <source>Both versions of the case</source>
        <translation>案件の二つの版</translation>
    </message>
    <message>
        <source>Keep &amp;this workstation&apos;s version</source>
        <translation>この端末の版を残す(&amp;T)</translation>
    </message>
    <message>
        <source>Take the &amp;central store&apos;s version</source>
        <translation>中央ストアの版を採る(&amp;C)</translation>
    </message>
    <message>
        <source>Another workstation changed this case before this workstation&apos;s change reached the central store (its version %1). Nothing was overwritten. Compare the two versions, check with the resident if needed, and choose the one to keep.</source>
        <translation>この端末の変更が中央ストアに届く前に、他の端末がこの案件を変更しました（中央ストアの版 %1）。上書きされたものはありません。二つの版を見比べ、必要なら住民に確認して、残す版を選んでください。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>中央ストア</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>The central store&apos;s version cannot be read here; only this workstation&apos;s can be kept.</source>
        <translation>中央ストアの版をここでは読み取れないため、この端末の版だけを残せます。</translation>
    </message>
</context>
<context>
    <name>mdg::ConnectorRegistry</name>
    <message>
        <source>%1 is not a records connector: %2</source>
        <translation>%1 は住民記録コネクタではありません：%2</translation>
    </message>
    <message>
        <source>another kind of plugin</source>
        <translation>別の種類のプラグインです</translation>
    </message>
    <message>
        <source>%1: the connector name &quot;%2&quot; is taken</source>
        <translation>%1：コネクタ名「%2」はすでに使われています</translation>
    </message>
    <message>
        <source>No records connector named &quot;%1&quot; is installed.</source>
        <translation>「%1」という住民記録コネクタは導入されていません。</translation>
    </message>
</context>
<context>
    <name>mdg::ConsistentPathBar</name>
    <message>
        <source>Stop (Esc)</source>
        <translation>止める (Esc)</translation>
    </message>
    <message>
        <source>What happens next with the case</source>
        <translation>案件の次の動き</translation>
    </message>
    <message>
        <source>Case %1: lay the moving-out certificate under the document camera; it is taken and read by itself.</source>
        <translation>案件 %1：転出証明書を書画カメラの下に置いてください。自動で撮影して読み取ります。</translation>
    </message>
    <message>
        <source>Case %1 needs you: %2</source>
        <translation>案件 %1 は確認が必要です：%2</translation>
    </message>
    <message>
        <source>Case %1 needs you, starting at %2: %3</source>
        <translation>案件 %1 は確認が必要です（%2 から）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) agree</source>
        <translation>
            <numerusform>%n 項目が一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them read unsurely and confirmed by the entry</source>
        <translation>
            <numerusform>うち %n 項目は読み取りが不確かでしたが入力内容と一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) differ (shown, not holding it back)</source>
        <translation>
            <numerusform>フリガナの相違 %n 件（表示のみ・進行は止めません）</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1: checking the household against the resident register…</source>
        <translation>案件 %1：世帯を住民記録と照合しています…</translation>
    </message>
    <message numerus="yes">
        <source>Case %1: %2. To the review queue in %n s (Esc stops).</source>
        <translation>
            <numerusform>案件 %1：%2。%n 秒後に審査待ちへ送ります（Esc で止めます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 stays in Entry: stopped by you. Send it to review from the case page when ready.</source>
        <translation>案件 %1 は入力段階のままです（止めました）。準備ができたら案件画面から審査へ送ってください。</translation>
    </message>
    <message>
        <source>Case %1 stays in Entry: %2</source>
        <translation>案件 %1 は入力段階のままです：%2</translation>
    </message>
    <message>
        <source>Case %1 went to the review queue by itself at %2 (%3).</source>
        <translation>案件 %1 は %2 に自動で審査待ちへ送られました（%3）。</translation>
    </message>
    <message>
        <source>Case %1 is in %2: it does not go on by itself from there.</source>
        <translation>案件 %1 は%2の段階です。ここからは自動では進みません。</translation>
    </message>
    <message>
        <source>No certificate: &amp;transfer-out information (特例転入)</source>
        <translation>証明書なし：転出証明書情報(&amp;T)（特例転入）</translation>
    </message>
    <message>
        <source>The resident moved out with a My Number card and brings no moving-out certificate: compare the entry with what the previous city sent.</source>
        <translation>マイナンバーカードで転出し、転出証明書を持っていない方です。前住所地から届いた情報と申請内容を照合します。</translation>
    </message>
    <message>
        <source>Case %1: fetching the transfer-out information from the records system…</source>
        <translation>案件 %1：住民記録システムから転出証明書情報を取得しています…</translation>
    </message>
</context>
<context>
    <name>mdg::CrossCheck</name>
    <message>
        <source>Full-width and half-width characters</source>
        <translation>全角と半角の違い</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>空白の違い</translation>
    </message>
    <message>
        <source>Hiragana and katakana</source>
        <translation>ひらがなとカタカナの違い</translation>
    </message>
    <message>
        <source>Small and large kana (older records have no small kana)</source>
        <translation>小書きの仮名の違い（古い記録には小書きがありません）</translation>
    </message>
    <message>
        <source>Dash characters</source>
        <translation>ハイフン・長音記号の違い</translation>
    </message>
    <message>
        <source>Variant characters</source>
        <translation>異体字の違い</translation>
    </message>
    <message>
        <source>Prefecture written or omitted</source>
        <translation>都道府県名の有無</translation>
    </message>
    <message>
        <source>County written or omitted</source>
        <translation>郡名の有無</translation>
    </message>
    <message>
        <source>Kanji and Arabic numerals</source>
        <translation>漢数字と算用数字の違い</translation>
    </message>
    <message>
        <source>Block notation (chome, banchi, go or dashes)</source>
        <translation>丁目・番地・号とハイフンの表記の違い</translation>
    </message>
    <message>
        <source>Oaza or aza written or omitted</source>
        <translation>大字・字の有無</translation>
    </message>
    <message>
        <source>Interchangeable kana in place names</source>
        <translation>地名のヶ・ケ・がなどの表記の違い</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>表記の違い</translation>
    </message>
    <message>
        <source>Family-register wording for a child (the residence record says child)</source>
        <translation>戸籍の続柄（長男など）と住民票の続柄（子）の違い</translation>
    </message>
    <message>
        <source>Another municipality or ward</source>
        <translation>市区町村が異なる</translation>
    </message>
    <message>
        <source>Another town name</source>
        <translation>町名が異なる</translation>
    </message>
    <message>
        <source>Another chome</source>
        <translation>丁目が異なる</translation>
    </message>
    <message>
        <source>Other block or lot numbers</source>
        <translation>番地・号が異なる</translation>
    </message>
    <message>
        <source>Another building or room</source>
        <translation>方書（建物・部屋）が異なる</translation>
    </message>
    <message>
        <source>Another family name</source>
        <translation>氏が異なる</translation>
    </message>
    <message>
        <source>Another given name</source>
        <translation>名が異なる</translation>
    </message>
    <message>
        <source>Another name</source>
        <translation>氏名が異なる</translation>
    </message>
    <message>
        <source>Another reading: it may be the official reading registered since 26 May 2025; confirm with the resident</source>
        <translation>フリガナが異なる（2025年5月26日以降に届け出た公式の読み仮名の可能性があります。本人に確認してください）</translation>
    </message>
    <message>
        <source>Another date</source>
        <translation>日付が異なる</translation>
    </message>
    <message>
        <source>Same year number in another era: the era may have been confused</source>
        <translation>元号が異なり年数が同じ（元号の取り違えの可能性）</translation>
    </message>
    <message>
        <source>Another sex</source>
        <translation>性別が異なる</translation>
    </message>
    <message>
        <source>Another relationship</source>
        <translation>続柄が異なる</translation>
    </message>
    <message>
        <source>Another resident code</source>
        <translation>住民票コードが異なる</translation>
    </message>
    <message>
        <source>The resident code is not 11 digits</source>
        <translation>住民票コードが11桁ではない</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>入力なし</translation>
    </message>
    <message>
        <source>Not on the certificate, or not readable</source>
        <translation>証明書に記載がない、または読み取れない</translation>
    </message>
    <message>
        <source>This member is not on the certificate</source>
        <translation>この世帯員は証明書に記載がない</translation>
    </message>
    <message>
        <source>This member of the certificate was not entered</source>
        <translation>証明書のこの世帯員は申請に入力されていない</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n日の違い</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdg::DashboardPage</name>
    <message>
        <source>Cases per stage</source>
        <translation>段階別の案件数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>処理件数</translation>
    </message>
    <message>
        <source>Waiting median (min)</source>
        <translation>待ち時間 中央値（分）</translation>
    </message>
    <message>
        <source>Handling mean (min)</source>
        <translation>処理時間 平均（分）</translation>
    </message>
    <message>
        <source>Handling median (min)</source>
        <translation>処理時間 中央値（分）</translation>
    </message>
    <message>
        <source>Handling p90 (min)</source>
        <translation>処理時間 90%値（分）</translation>
    </message>
    <message>
        <source>Arrivals from</source>
        <translation>受付日 開始</translation>
    </message>
    <message>
        <source>Arrivals until</source>
        <translation>受付日 終了</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>全手続</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV出力(&amp;E)…</translation>
    </message>
    <message>
        <source>until</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Arrivals by hour of the day</source>
        <translation>時間帯別の来庁件数</translation>
    </message>
    <message>
        <source>Arrivals by day of the year</source>
        <translation>日別の来庁件数</translation>
    </message>
    <message>
        <source>Waiting and handling per stage</source>
        <translation>段階ごとの待ち時間と処理時間</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>段階別</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Arrivals by hour</source>
        <translation>時間帯別</translation>
    </message>
    <message>
        <source>Arrivals by day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>Figures per staff member</source>
        <translation>職員別の数値</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員別</translation>
    </message>
    <message>
        <source>Figures per counter</source>
        <translation>窓口別の数値</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窓口別</translation>
    </message>
    <message>
        <source>Figures per ward</source>
        <translation>区別の数値</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>区別</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>数値を出力</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the event log…</source>
        <translation>イベントログを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cases that arrived in the range: %1   In progress now: %2   Events read: %3   As of %4</source>
        <translation>期間内の受付件数: %1   現在処理中: %2   読み込んだイベント: %3   %4 時点</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了件数</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>待ち</translation>
    </message>
    <message>
        <source>Waiting mean (min)</source>
        <translation>待ち時間 平均（分）</translation>
    </message>
    <message>
        <source>Waiting p90 (min)</source>
        <translation>待ち時間 90%値（分）</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>1時間あたり</translation>
    </message>
    <message>
        <source>Share of waiting</source>
        <translation>待ち時間の割合</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Arrivals by hour of the day (cases in the range)</source>
        <translation>時間帯別の来庁件数（期間内の案件）</translation>
    </message>
    <message>
        <source>Arrivals by day of the year (March and April highlighted)</source>
        <translation>日別の来庁件数（3月・4月を強調）</translation>
    </message>
    <message>
        <source>The figures are not ready yet.</source>
        <translation>数値の計算がまだ終わっていません。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 に出力しました。</translation>
    </message>
    <message>
        <source>Related procedures ticked per kind</source>
        <translation>種類別の関連手続きのチェック</translation>
    </message>
    <message>
        <source>Related procedures</source>
        <translation>関連手続き</translation>
    </message>
    <message>
        <source>Related procedure</source>
        <translation>関連手続き</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>済み</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>案内済み</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Done at the counter</source>
        <translation>窓口で完結</translation>
    </message>
    <message>
        <source>Waiting target in minutes</source>
        <translation>待ち時間の目標（分）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Waiting target</source>
        <translation>待ち時間の目標</translation>
    </message>
    <message>
        <source>Time in the office per day</source>
        <translation>日ごとの庁内滞在時間</translation>
    </message>
    <message>
        <source>Time in the office by hour of arrival</source>
        <translation>来庁時刻ごとの庁内滞在時間</translation>
    </message>
    <message>
        <source>Numbers called and served now</source>
        <translation>呼出し中・対応中の番号</translation>
    </message>
    <message>
        <source>Time in the office</source>
        <translation>庁内滞在時間</translation>
    </message>
    <message>
        <source>Live board</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1: %2 人待ち</translation>
    </message>
    <message>
        <source>Waiting now — %1. A number drawn now is called at reception in %2.</source>
        <translation>現在の待ち — %1。今来られた方が受付で呼ばれるまで %2 です。</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>約 %1 分</translation>
    </message>
    <message>
        <source>an unknown time (no calls in the last hour)</source>
        <translation>不明（直近1時間に呼出しなし）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼出し回数</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>待ち始め</translation>
    </message>
    <message>
        <source>In the office (min)</source>
        <translation>庁内滞在（分）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <source>called</source>
        <translation>呼出し中</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>not present (parked)</source>
        <translation>不在（保留）</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>一時保留</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>In the office median (min)</source>
        <translation>庁内滞在の中央値（分）</translation>
    </message>
    <message>
        <source>In the office p90 (min)</source>
        <translation>庁内滞在の90パーセンタイル（分）</translation>
    </message>
    <message>
        <source>Waited over the target</source>
        <translation>目標を超えて待った割合</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>来庁時刻</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>呼び出した職員</translation>
    </message>
</context>
<context>
    <name>mdg::Database</name>
    <message>
        <source>The local store could not read or write. Nothing was changed; try again, and call the administrator if it persists.</source>
        <translation>この端末のデータベースを読み書きできませんでした。何も変更していません。もう一度お試しください。続く場合は管理者に連絡してください。</translation>
    </message>
    <message>
        <source>Cannot open the local store %1: %2</source>
        <translation>この端末のデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a readable database: %2</source>
        <translation>ファイル %1 は読み取れるデータベースではありません: %2</translation>
    </message>
    <message>
        <source>The store was written by a newer version of Madoguchi (schema %1; this build knows up to %2). Update Madoguchi before using it.</source>
        <translation>このデータベースは新しい版の窓口で書かれています（スキーマ %1、この版は %2 まで）。使う前に窓口を更新してください。</translation>
    </message>
    <message>
        <source>Updating the store failed: %1</source>
        <translation>データベースの更新に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>mdg::FindingResolver</name>
    <message>
        <source>Say why the entered value is kept.</source>
        <translation>入力値を採用する理由を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>「%1」は日付ではありません。</translation>
    </message>
    <message>
        <source>Add this member on the case page instead.</source>
        <translation>この世帯員は案件画面で追加してください。</translation>
    </message>
    <message>
        <source>The member no longer exists in the case.</source>
        <translation>この世帯員は案件にもういません。</translation>
    </message>
    <message>
        <source>Change this member on the case page instead.</source>
        <translation>この世帯員は案件画面で変更してください。</translation>
    </message>
    <message>
        <source>A case keeps at least one member.</source>
        <translation>案件には世帯員が1人以上必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not male or female.</source>
        <translation>「%1」は男・女のいずれでもありません。</translation>
    </message>
    <message>
        <source>This finding cannot be changed here.</source>
        <translation>この指摘はここでは変更できません。</translation>
    </message>
    <message>
        <source>Type the corrected value.</source>
        <translation>正しい値を入力してください。</translation>
    </message>
</context>
<context>
    <name>mdg::FindingsModel</name>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Same, written differently</source>
        <translation>表記の違いのみ</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Certificate&apos;s value taken by %1, %2</source>
        <translation>%1が証明書の値を採用（%2）</translation>
    </message>
    <message>
        <source>Entered value kept by %1, %2: %3</source>
        <translation>%1が入力値を採用（%2）：%3</translation>
    </message>
    <message>
        <source>Corrected by %1, %2</source>
        <translation>%1が訂正（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>申請の入力</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Verdict, why, how resolved</source>
        <translation>判定・理由・解決</translation>
    </message>
    <message>
        <source>%1 (to confirm, does not hold the case)</source>
        <translation>%1（要確認。審査への進行は止めません）</translation>
    </message>
    <message>
        <source>Resident register</source>
        <translation>住民記録</translation>
    </message>
    <message>
        <source>Transfer-out information</source>
        <translation>転出証明書情報</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
</context>
<context>
    <name>mdg::FindingsPanel</name>
    <message>
        <source>Entered values against the certificate</source>
        <translation>申請の入力と証明書の照合</translation>
    </message>
    <message>
        <source>&amp;Take the certificate&apos;s value</source>
        <translation>証明書の値を採用(&amp;T)</translation>
    </message>
    <message>
        <source>Why the entered value is right</source>
        <translation>入力値が正しい理由</translation>
    </message>
    <message>
        <source>Why the entered value is right (e.g. checked on the residence card)</source>
        <translation>入力値が正しい理由（例：在留カードで確認）</translation>
    </message>
    <message>
        <source>&amp;Keep the entered value</source>
        <translation>入力値を採用(&amp;K)</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>訂正後の値</translation>
    </message>
    <message>
        <source>The correct value, as confirmed with the resident</source>
        <translation>本人に確認した正しい値</translation>
    </message>
    <message>
        <source>&amp;Use the corrected value</source>
        <translation>訂正後の値を使う(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to resolve before the case can go to review (red rows).</source>
        <translation>
            <numerusform>審査に回す前に解決が必要な指摘が%n件あります（赤い行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every finding is resolved: the case can go to review.</source>
        <translation>すべての指摘が解決しました。審査に回せます。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) not resolved (red rows).</source>
        <translation>
            <numerusform>未解決の指摘が%n件あります（赤い行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every finding is resolved; how is said in each row.</source>
        <translation>すべての指摘が解決済みです。解決方法は各行に記載しています。</translation>
    </message>
</context>
<context>
    <name>mdg::FirstStartDialog</name>
    <message>
        <source>Madoguchi — first start</source>
        <translation>窓口 — 初回の設定</translation>
    </message>
    <message>
        <source>This workstation has no staff account yet. An administrator creates the first one here; more accounts are added under Settings after signing in.</source>
        <translation>この端末にはまだ職員アカウントがありません。システム管理者が最初のアカウントをここで作成してください。ほかのアカウントはサインイン後に設定画面で追加できます。</translation>
    </message>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>システム管理者のログインID</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>システム管理者の氏名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>中央ストア</translation>
    </message>
    <message>
        <source>One PC: a SQLite file. Many counters: the PostgreSQL server&apos;s address, e.g. postgresql://madoguchi@central.example.lg.jp:5432/madoguchi?sslmode=require</source>
        <translation>1台で使う場合は SQLite ファイル。複数の窓口で使う場合は PostgreSQL サーバーのアドレス（例: postgresql://madoguchi@central.example.lg.jp:5432/madoguchi?sslmode=require）。</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>接続を確認(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>パスワード（確認）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>区(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;entral store</source>
        <translation>中央ストア(&amp;E)</translation>
    </message>
    <message>
        <source>Workstation ID</source>
        <translation>端末ID</translation>
    </message>
    <message>
        <source>&amp;Create the account and start</source>
        <translation>アカウントを作成して開始(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Give the central store&apos;s file or address.</source>
        <translation>中央ストアのファイルまたはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Reaching the central store…</source>
        <translation>中央ストアに接続しています…</translation>
    </message>
    <message>
        <source>The central store answers; its tables are ready.</source>
        <translation>中央ストアに接続できました。テーブルの準備もできています。</translation>
    </message>
    <message>
        <source>The central store cannot be reached: %1. Check the address, the network and the password; the workstation also works without it and sends its work later.</source>
        <translation>中央ストアに接続できません: %1。アドレス、ネットワーク、パスワードを確認してください。接続できなくても端末は使え、作業内容は後で送信されます。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Name the ward this workstation serves.</source>
        <translation>この端末が担当する区を入力してください。</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>アカウントを作成しています…</translation>
    </message>
</context>
<context>
    <name>mdg::GuidanceModel</name>
    <message>
        <source>To do</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>済み</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>案内済み</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>持ち物：%1</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1&#x3000;%2番窓口</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>Related procedure</source>
        <translation>関連手続き</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>mdg::HistoryModel</name>
    <message>
        <source>Case opened in %1</source>
        <translation>%1で案件を開始</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Entered data changed</source>
        <translation>入力内容を変更</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Case opened from the pre-entry code</source>
        <translation>事前入力コードから案件を開始</translation>
    </message>
    <message>
        <source>Pre-entry code scanned again</source>
        <translation>事前入力コードを再度読み取り</translation>
    </message>
    <message>
        <source>Certificate read and compared</source>
        <translation>証明書を読み取り照合</translation>
    </message>
    <message>
        <source>Finding of the certificate check resolved</source>
        <translation>証明書照合の指摘を解決</translation>
    </message>
    <message>
        <source>Taken from the queue</source>
        <translation>担当を取得</translation>
    </message>
    <message>
        <source>Handed back to the queue</source>
        <translation>待ち行列に戻した</translation>
    </message>
    <message>
        <source>Accepted by the records system (receipt %1)</source>
        <translation>住民記録システムが受付（受付番号 %1）</translation>
    </message>
    <message>
        <source>Conflict settled: this workstation&apos;s version kept</source>
        <translation>競合を解決：この端末の版を残した</translation>
    </message>
    <message>
        <source>Conflict settled: the central store&apos;s version taken</source>
        <translation>競合を解決：中央ストアの版を採用</translation>
    </message>
    <message>
        <source>Related procedure: %1 — %2</source>
        <translation>関連手続き：%1 — %2</translation>
    </message>
</context>
<context>
    <name>mdg::ImageFile</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a photo or a scan.</source>
        <translation>写真やスキャンにしては大きすぎるファイルです。</translation>
    </message>
    <message>
        <source>This is a HEIC photo, which cannot be read here. Take the photo again as JPEG, or export it as JPEG.</source>
        <translation>HEIC 形式の写真はここでは読めません。JPEG で撮り直すか、JPEG に書き出してください。</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels) to be a photo of a page.</source>
        <translation>画像が大きすぎます（%1 × %2 ピクセル）。書類の写真ではないようです。</translation>
    </message>
    <message>
        <source>The file cannot be read as an image: %1</source>
        <translation>ファイルを画像として読めません: %1</translation>
    </message>
</context>
<context>
    <name>mdg::ImageFolderSource</name>
    <message>
        <source>No images in %1.</source>
        <translation>%1 に画像がありません。</translation>
    </message>
    <message>
        <source>Images from %1</source>
        <translation>%1 の画像</translation>
    </message>
</context>
<context>
    <name>mdg::IntakeService</name>
    <message>
        <source>The details of pre-entry %1 have not arrived in the inbox yet. Try again in a few minutes, or open a walk-in case.</source>
        <translation>事前入力 %1 の詳細がまだ受信箱に届いていません。数分後にもう一度読み取るか、来庁受付で案件を開始してください。</translation>
    </message>
</context>
<context>
    <name>mdg::LocalPostgres</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed (Debian: apt-get install postgresql).</source>
        <translation>PostgreSQL がインストールされていません（Debian: apt-get install postgresql）。</translation>
    </message>
    <message>
        <source>Cannot create a folder for PostgreSQL: %1</source>
        <translation>PostgreSQL 用のフォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot hand the PostgreSQL folder to the postgres user.</source>
        <translation>PostgreSQL 用のフォルダーを postgres ユーザーに渡せません。</translation>
    </message>
</context>
<context>
    <name>mdg::LocalRegister</name>
    <message>
        <source>The resident register cannot be read right now.</source>
        <translation>住民記録を今は読み出せません。</translation>
    </message>
    <message>
        <source>Local register</source>
        <translation>ローカル住民記録</translation>
    </message>
    <message>
        <source>Give a name, reading, birth date, address or code.</source>
        <translation>氏名、フリガナ、生年月日、住所またはコードを入力してください。</translation>
    </message>
    <message>
        <source>No household with this number.</source>
        <translation>この世帯番号の世帯はありません。</translation>
    </message>
    <message>
        <source>The notification has no reception number or no member.</source>
        <translation>届出データに受付番号または世帯員がありません。</translation>
    </message>
    <message>
        <source>No transfer-out information has arrived for this person.</source>
        <translation>この方の転出証明書情報は届いていません。</translation>
    </message>
</context>
<context>
    <name>mdg::LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>This workstation is locked</source>
        <translation>この端末はロックされています</translation>
    </message>
    <message>
        <source>%1 stepped away. Give the password to go on.</source>
        <translation>%1 さんが離席中です。続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation>別の職員でサインイン(&amp;E)</translation>
    </message>
    <message>
        <source>Signs %1 out (their cases are handed back) and shows the sign-in.</source>
        <translation>%1 さんをサインアウトし（担当中の案件は戻されます）、サインイン画面を表示します。</translation>
    </message>
</context>
<context>
    <name>mdg::MainWindow</name>
    <message>
        <source>Madoguchi — %1</source>
        <translation>窓口 — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New walk-in case</source>
        <translation>新規の来庁受付(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>サインイン中: %1（%2）</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Central store: connecting…</source>
        <translation>中央ストア：接続中…</translation>
    </message>
    <message>
        <source>Central store status</source>
        <translation>中央ストアの状態</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Madoguchi</source>
        <translation>窓口について(&amp;A)</translation>
    </message>
    <message>
        <source>About Madoguchi</source>
        <translation>窓口について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The resident-registration counter.&lt;/p&gt;&lt;p&gt;Workstation %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;窓口 %1&lt;/h3&gt;&lt;p&gt;住民異動届の窓口システム&lt;/p&gt;&lt;p&gt;端末 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>今すぐロック(&amp;L)</translation>
    </message>
    <message>
        <source>No key or click for a while: this window locks in %1 s.</source>
        <translation>しばらく操作がありません。%1 秒後にこの画面をロックします。</translation>
    </message>
</context>
<context>
    <name>mdg::MembersModel</name>
    <message>
        <source>Add at least one member.</source>
        <translation>世帯員を1人以上追加してください。</translation>
    </message>
    <message>
        <source>Member %1: enter the name.</source>
        <translation>世帯員 %1: 氏名を入力してください。</translation>
    </message>
    <message>
        <source>Member %1: enter the date of birth.</source>
        <translation>世帯員 %1: 生年月日を入力してください。</translation>
    </message>
    <message>
        <source>Member %1: enter the relationship to the head of household.</source>
        <translation>世帯員 %1: 世帯主との続柄を入力してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
</context>
<context>
    <name>mdg::PreEntryCodec</name>
    <message>
        <source>This is not a Madoguchi pre-entry code. Ask the resident for the code from the pre-entry site.</source>
        <translation>これは窓口の事前入力コードではありません。事前入力サイトで発行されたコードを提示してもらってください。</translation>
    </message>
    <message>
        <source>The code was read incompletely. Scan it again, holding it flat and still.</source>
        <translation>コードを最後まで読み取れませんでした。コードを平らにして動かさずに、もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>The code is damaged (its data is incomplete). Scan it again or use the printed copy.</source>
        <translation>コードが破損しています（データが不完全です）。もう一度読み取るか、印刷したコードを使ってください。</translation>
    </message>
    <message>
        <source>The code is damaged (its signature block is unreadable). Nothing was opened.</source>
        <translation>コードが破損しています（署名部分を読み取れません）。案件は開いていません。</translation>
    </message>
    <message>
        <source>The code was signed with a key this counter does not know. Nothing was opened; call the administrator.</source>
        <translation>この窓口が知らない鍵で署名されたコードです。案件は開いていません。システム管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The code&apos;s signature does not match: it may have been altered. Nothing was opened.</source>
        <translation>コードの署名が一致しません。改ざんされている可能性があります。案件は開いていません。</translation>
    </message>
    <message>
        <source>The pre-entry has expired. Ask the resident to enter it again, or open a walk-in case.</source>
        <translation>事前入力の有効期限が切れています。もう一度入力してもらうか、来庁受付で案件を開始してください。</translation>
    </message>
    <message>
        <source>The code is from a newer pre-entry version than this counter supports. Call the administrator.</source>
        <translation>この窓口が対応していない新しい形式の事前入力コードです。システム管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The code holds more data than a pre-entry may. Nothing was opened.</source>
        <translation>コードのデータ量が事前入力の上限を超えています。案件は開いていません。</translation>
    </message>
    <message>
        <source>The pre-entry in the code is incomplete. Open a walk-in case instead.</source>
        <translation>コードの事前入力の内容が不完全です。来庁受付で案件を開始してください。</translation>
    </message>
    <message>
        <source>The code was made for a different version of the counter software. Nothing was opened; call the administrator.</source>
        <translation>このコードは別の版の窓口ソフトウェア向けに作られています。何も開いていません。管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>mdg::QueueService</name>
    <message>
        <source>Numbers are called through the central store, which cannot be reached now. Call the resident by voice and try again in a moment.</source>
        <translation>番号の呼出しは中央ストアを通して行いますが、現在接続できません。住民の方を声でお呼びし、しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <source>Set this workstation&apos;s counter in Settings before calling.</source>
        <translation>呼び出す前に、設定でこの端末の窓口番号を設定してください。</translation>
    </message>
    <message>
        <source>Number %1 is not waiting for %2.</source>
        <translation>番号 %1 は%2の待ちにありません。</translation>
    </message>
    <message>
        <source>Number %1 is not in the office today.</source>
        <translation>番号 %1 は本日庁内にありません。</translation>
    </message>
    <message>
        <source>Number %1 was given out at %2 places today; call it when it is next at its stage.</source>
        <translation>番号 %1 は本日 %2 か所で発行されています。その工程で順番が来たときに呼び出してください。</translation>
    </message>
</context>
<context>
    <name>mdg::ReceptionPage</name>
    <message>
        <source>Today&apos;s cases</source>
        <translation>本日の案件</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>案件を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>New walk-in case</source>
        <translation>新規の来庁受付</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>異動日</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>前住所</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新住所</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>手続(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Date of the move</source>
        <translation>異動日(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;revious address</source>
        <translation>前住所(&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;w address</source>
        <translation>新住所(&amp;W)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>世帯員を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>世帯員を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Open the &amp;case</source>
        <translation>案件を開始(&amp;C)</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>Case %1 opened with queue number %2.</source>
        <translation>案件 %1 を開始しました。受付番号は %2 です。</translation>
    </message>
    <message>
        <source>Pre-entry code</source>
        <translation>事前入力コード</translation>
    </message>
    <message>
        <source>Hold the resident&apos;s code in front of the camera, or scan it with the handheld scanner.</source>
        <translation>住民のコードをカメラにかざすか、ハンドスキャナーで読み取ってください。</translation>
    </message>
    <message>
        <source>Case %1 (No. %2) reopened: this code was scanned before.</source>
        <translation>案件 %1（番号 %2）を開き直しました。このコードは読み取り済みです。</translation>
    </message>
    <message>
        <source>Case %1 opened from the pre-entry with queue number %2.</source>
        <translation>事前入力から案件 %1 を開始しました。受付番号は %2 です。</translation>
    </message>
    <message>
        <source>My &amp;Number card…</source>
        <translation>マイナンバーカード(&amp;N)…</translation>
    </message>
    <message>
        <source>Read the name, address, date of birth and sex from the resident&apos;s My Number card</source>
        <translation>ご本人のマイナンバーカードから氏名・住所・生年月日・性別を読み取ります</translation>
    </message>
    <message>
        <source>Filled from the My Number card: %1. Ask the resident for the reading (フリガナ), which the card does not hold.</source>
        <translation>マイナンバーカードから入力しました：%1。フリガナはカードにないので、ご本人に確認してください。</translation>
    </message>
</context>
<context>
    <name>mdg::RegisterCheck</name>
    <message>
        <source>The case has no members to look up in the resident register.</source>
        <translation>住民記録で照会する世帯員が案件にありません。</translation>
    </message>
    <message>
        <source>The resident register cannot be reached: %1</source>
        <translation>住民記録に接続できません：%1</translation>
    </message>
    <message>
        <source>Nobody of this name and date of birth is registered here: look the household up by hand.</source>
        <translation>この氏名と生年月日の住民は登録されていません。世帯を手作業で照会してください。</translation>
    </message>
    <message>
        <source>Several registered households match the name and date of birth: choose the household by hand.</source>
        <translation>氏名と生年月日が一致する世帯が複数あります。世帯を手作業で選んでください。</translation>
    </message>
</context>
<context>
    <name>mdg::RestConnector</name>
    <message>
        <source>The records system&apos;s address is not a valid URL.</source>
        <translation>住民記録システムのアドレスが正しいURLではありません。</translation>
    </message>
    <message>
        <source>The records system must be reached over HTTPS.</source>
        <translation>住民記録システムにはHTTPSで接続する必要があります。</translation>
    </message>
    <message>
        <source>The records system&apos;s CA certificates cannot be read.</source>
        <translation>住民記録システムのCA証明書を読み込めません。</translation>
    </message>
    <message>
        <source>Records system at %1</source>
        <translation>住民記録システム（%1）</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1秒以内に応答なし</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>サーバーエラー %1</translation>
    </message>
    <message>
        <source>its certificate is not trusted</source>
        <translation>証明書が信頼されていません</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>The records system does not answer (%1). Try again; nothing was changed.</source>
        <translation>住民記録システムが応答しません（%1）。もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The records system has no such entry.</source>
        <translation>住民記録システムに該当する記録がありません。</translation>
    </message>
    <message>
        <source>The records system refused the request (HTTP %1).</source>
        <translation>住民記録システムが要求を拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The records system answered something unreadable.</source>
        <translation>住民記録システムの応答を読み取れません。</translation>
    </message>
    <message>
        <source>Give a name, reading, birth date, address or code.</source>
        <translation>氏名、フリガナ、生年月日、住所またはコードを入力してください。</translation>
    </message>
    <message>
        <source>The records system refused the change: %1</source>
        <translation>住民記録システムが異動を受け付けませんでした：%1</translation>
    </message>
    <message>
        <source>The records system gave no receipt (HTTP %1); the change may be retried.</source>
        <translation>住民記録システムから受付番号が返りません（HTTP %1）。再送できます。</translation>
    </message>
    <message>
        <source>No transfer-out information has arrived for this person.</source>
        <translation>この方の転出証明書情報は届いていません。</translation>
    </message>
</context>
<context>
    <name>mdg::ReviewPage</name>
    <message>
        <source>Cases waiting for review</source>
        <translation>審査待ちの案件</translation>
    </message>
    <message>
        <source>&amp;Open for review</source>
        <translation>審査する(&amp;O)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting for review, the oldest first.</source>
        <translation>
            <numerusform>審査待ち %n 件（古い順）</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved, not yet accepted by the records system</source>
        <translation>承認済み・住民記録システム未受付</translation>
    </message>
    <message>
        <source>Approved cases not yet accepted by the records system</source>
        <translation>住民記録システムが未受付の承認済み案件</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>再送(&amp;A)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認日時</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>直近のエラー</translation>
    </message>
    <message>
        <source>Claiming the case…</source>
        <translation>案件の担当を取得しています…</translation>
    </message>
    <message>
        <source>Sending to the records system…</source>
        <translation>住民記録システムへ送信しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) accepted by the records system.</source>
        <translation>
            <numerusform>%n 件の異動を住民記録システムが受け付けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accepted. %3</source>
        <translation>%2 件中 %1 件を受け付けました。%3</translation>
    </message>
</context>
<context>
    <name>mdg::ScanPanel</name>
    <message>
        <source>Camera picture</source>
        <translation>カメラ映像</translation>
    </message>
    <message>
        <source>No camera is connected. Use a handheld scanner, or connect a camera and choose it in Settings.</source>
        <translation>カメラが接続されていません。ハンドスキャナーを使うか、カメラを接続して設定で選んでください。</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>カメラなし</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
</context>
<context>
    <name>mdg::SettingsPage</name>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>ローカルストア</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>中央ストア</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>カメラ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Local store</source>
        <translation>ローカルストア(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;entral store</source>
        <translation>中央ストア(&amp;E)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>表示言語(&amp;G)</translation>
    </message>
    <message>
        <source>Workstation ID</source>
        <translation>端末ID</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>設定を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>職員アカウント</translation>
    </message>
    <message>
        <source>First camera found (demo frames when there is none)</source>
        <translation>最初に見つかったカメラ（ない場合はデモ映像）</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未接続）</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The local store needs a file name.</source>
        <translation>ローカルストアのファイル名を入力してください。</translation>
    </message>
    <message>
        <source>Pre-entry public keys folder</source>
        <translation>事前入力の公開鍵フォルダー</translation>
    </message>
    <message>
        <source>Pre-entry inbox folder</source>
        <translation>事前入力の受信箱フォルダー</translation>
    </message>
    <message>
        <source>Pre-entry &amp;keys</source>
        <translation>事前入力の鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Pre-entry &amp;inbox</source>
        <translation>事前入力の受信箱(&amp;I)</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>カメラの解像度</translation>
    </message>
    <message>
        <source>Camera &amp;resolution</source>
        <translation>カメラの解像度(&amp;R)</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>書画カメラ</translation>
    </message>
    <message>
        <source>&amp;Document camera</source>
        <translation>書画カメラ(&amp;D)</translation>
    </message>
    <message>
        <source>First camera found</source>
        <translation>最初に見つかったカメラ</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:5432/database</source>
        <translation>SQLite ファイル、または postgresql://ユーザー@ホスト:5432/データベース</translation>
    </message>
    <message>
        <source>One PC: a SQLite file. Many counters: the PostgreSQL server&apos;s address, e.g. postgresql://madoguchi@central.example.lg.jp:5432/madoguchi?sslmode=require</source>
        <translation>1台で使う場合は SQLite ファイル。複数の窓口で使う場合は PostgreSQL サーバーのアドレス（例: postgresql://madoguchi@central.example.lg.jp:5432/madoguchi?sslmode=require）。</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口番号</translation>
    </message>
    <message>
        <source>The counter numbers are called to, e.g. 3</source>
        <translation>番号を呼び出す窓口（例: 3）</translation>
    </message>
    <message>
        <source>Coun&amp;ter</source>
        <translation>窓口番号(&amp;T)</translation>
    </message>
    <message>
        <source>Saved. Store, key, inbox, language and counter changes apply when Madoguchi starts next.</source>
        <translation>保存しました。ストア・鍵・受信箱・表示言語・窓口番号の変更は次回の起動時に反映されます。</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>%1 の役割を変更しました。</translation>
    </message>
</context>
<context>
    <name>mdg::SignInDialog</name>
    <message>
        <source>Madoguchi — sign in</source>
        <translation>窓口 — サインイン</translation>
    </message>
    <message>
        <source>Madoguchi counter</source>
        <translation>窓口システム</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>ログインIDを入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
</context>
<context>
    <name>mdg::SignInService</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>ログインIDまたはパスワードが違います。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again after %1.</source>
        <translation>失敗が続いたため一時的にロックしています。%1 以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>A login and a display name are required.</source>
        <translation>ログインIDと表示名は必須です。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>パスワードは8文字以上にしてください。</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>役割を1つ以上設定してください。</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>ログインID %1 はすでに使われています。</translation>
    </message>
    <message>
        <source>Only an administrator gives staff their roles.</source>
        <translation>職員の役割を変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>このアカウントはありません。</translation>
    </message>
    <message>
        <source>This is the last administrator: give another account the role first.</source>
        <translation>最後の管理者です。先に別のアカウントに管理者の役割を与えてください。</translation>
    </message>
</context>
<context>
    <name>mdg::SqlCentralStore</name>
    <message>
        <source>The central store cannot be reached; work continues here and is sent later.</source>
        <translation>中央ストアに接続できません。作業はこの端末で続けられ、後で送信されます。</translation>
    </message>
    <message>
        <source>The database driver for the central store is not installed (%1).</source>
        <translation>中央ストア用のデータベースドライバーがインストールされていません（%1）。</translation>
    </message>
    <message>
        <source>This case has no number in the office&apos;s queue.</source>
        <translation>この案件には庁内の受付番号がありません。</translation>
    </message>
</context>
<context>
    <name>mdg::StageMachine</name>
    <message>
        <source>The case is already in this stage.</source>
        <translation>案件はすでにこの段階です。</translation>
    </message>
    <message>
        <source>The case is closed (%1); it cannot change stage any more.</source>
        <translation>案件は終了しています（%1）。これ以上段階を変更できません。</translation>
    </message>
    <message>
        <source>A case in %1 cannot move to %2.</source>
        <translation>%1の段階の案件は%2へ進めることができません。</translation>
    </message>
    <message>
        <source>Moving a case to %1 requires a reason.</source>
        <translation>案件を%1にするには理由が必要です。</translation>
    </message>
    <message>
        <source>Your role does not allow moving a case from %1 to %2.</source>
        <translation>あなたの役割では案件を%1から%2へ進めることはできません。</translation>
    </message>
</context>
<context>
    <name>mdg::SubmissionService</name>
    <message>
        <source>This case has not been approved, so there is nothing to submit.</source>
        <translation>この案件は承認されていないため、送信するものはありません。</translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation>案件が見つかりません。</translation>
    </message>
    <message>
        <source>Approved, but the records system did not take the change yet: %1 It stays listed and can be sent again.</source>
        <translation>承認済みですが、住民記録システムはまだ異動を受け付けていません：%1 一覧に残り、再送できます。</translation>
    </message>
</context>
<context>
    <name>mdg::SyncService</name>
    <message numerus="yes">
        <source>Central store: not reachable, %n change(s) kept here</source>
        <translation>
            <numerusform>中央ストア：接続できません。%n件の変更をこの端末に保持しています</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store could not be read for sending.</source>
        <translation>送信のためにローカルストアを読み出せませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Central store: connected, %n change(s) waiting; conflicts to settle: %1</source>
        <translation>
            <numerusform>中央ストア：接続済み、送信待ち%n件、解決が必要な競合%1件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Central store: connected, %n change(s) waiting</source>
        <translation>
            <numerusform>中央ストア：接続済み、送信待ち%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store could not take the changes of other workstations.</source>
        <translation>他の端末の変更をローカルストアに取り込めませんでした。</translation>
    </message>
    <message>
        <source>The local store could not record what was sent.</source>
        <translation>送信済みの記録をこの端末のデータベースに残せませんでした。</translation>
    </message>
</context>
<context>
    <name>mdg::TransferOutCheck</name>
    <message>
        <source>The special moving-in is possible only within %1 days of moving in; the move was on %2, %3 days ago. The resident needs the moving-out certificate from the previous city.</source>
        <translation>特例転入は転入した日から %1 日以内に限られます。転入日は %2（%3 日前）です。前住所地の転出証明書が必要です。</translation>
    </message>
    <message>
        <source>The special moving-in is possible only within %1 days of the planned move-out date (%2), and %3 days have passed. The resident needs the moving-out certificate from the previous city.</source>
        <translation>特例転入は転出予定日（%2）から %1 日以内に限られ、すでに %3 日経っています。前住所地の転出証明書が必要です。</translation>
    </message>
    <message>
        <source>Transfer-out information belongs to a moving-in (転入) only.</source>
        <translation>転出証明書情報を使えるのは転入の案件だけです。</translation>
    </message>
    <message>
        <source>The case has no members to look the information up by.</source>
        <translation>情報を照会する世帯員が案件にいません。</translation>
    </message>
    <message>
        <source>No transfer-out information has arrived for %1 yet. The previous city may not have sent it: ask whether the resident moved out with a My Number card, or for the moving-out certificate.</source>
        <translation>%1 さんの転出証明書情報はまだ届いていません。前住所地から未送信の可能性があります。マイナンバーカードで転出したか確認するか、転出証明書の提出をお願いしてください。</translation>
    </message>
    <message>
        <source>The transfer-out information cannot be fetched: %1</source>
        <translation>転出証明書情報を取得できません: %1</translation>
    </message>
</context>
<context>
    <name>mdg::VideoFileSource</name>
    <message>
        <source>The video %1 cannot be played.</source>
        <translation>動画 %1 を再生できません。</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>動画 %1</translation>
    </message>
</context>
<context>
    <name>mdg::analytics</name>
    <message>
        <source>Handled</source>
        <translation>処理件数</translation>
    </message>
    <message>
        <source>Waiting median (min)</source>
        <translation>待ち時間 中央値（分）</translation>
    </message>
    <message>
        <source>Handling mean (min)</source>
        <translation>処理時間 平均（分）</translation>
    </message>
    <message>
        <source>Handling median (min)</source>
        <translation>処理時間 中央値（分）</translation>
    </message>
    <message>
        <source>Handling p90 (min)</source>
        <translation>処理時間 90%値（分）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了件数</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>待ち</translation>
    </message>
    <message>
        <source>Waiting mean (min)</source>
        <translation>待ち時間 平均（分）</translation>
    </message>
    <message>
        <source>Waiting p90 (min)</source>
        <translation>待ち時間 90%値（分）</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>1時間あたり</translation>
    </message>
    <message>
        <source>Share of waiting (%)</source>
        <translation>待ち時間の割合（%）</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>ボトルネック</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員別</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Hour of arrival</source>
        <translation>受付時刻（時）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>No waiting recorded in this range.</source>
        <translation>この期間には待ち時間の記録がありません。</translation>
    </message>
    <message>
        <source>Most of the waiting is before %1: %2 % of all waiting time (median wait %3 min, 90 % within %4 min).</source>
        <translation>待ち時間が最も長いのは「%1」の前です：全待ち時間の %2 %（待ち時間の中央値 %3 分、90 % が %4 分以内）。</translation>
    </message>
    <message>
        <source>No resident has left the office in this range yet.</source>
        <translation>この期間に用件を終えて帰られた住民の方はまだいません。</translation>
    </message>
    <message>
        <source>Residents served: %1 — median %2 min in the office, 90 % within %3 min; %4 % waited longer than %5 min in all; %6 did not come when called.</source>
        <translation>対応した住民: %1 人 — 庁内滞在時間の中央値 %2 分、90 % が %3 分以内。待ち時間の合計が %5 分を超えた方 %4 %、呼出しに来られなかった方 %6 人。</translation>
    </message>
    <message>
        <source>more than an hour</source>
        <translation>1時間以上</translation>
    </message>
    <message>
        <source>No arrivals in this range: no staffing advice.</source>
        <translation>この期間の来庁がないため、人員配置の提案はありません。</translation>
    </message>
    <message>
        <source>%1 needs %2 (now %3)</source>
        <translation>%1 は %2 人必要（現在 %3 人）</translation>
    </message>
    <message>
        <source>%1 cannot keep the target with any number of clerks</source>
        <translation>%1 は何人配置しても目標を守れません</translation>
    </message>
    <message>
        <source>To keep 90 % of waits within %1 min at the busiest hour (%2): %3.</source>
        <translation>最も混む時間帯（%2）に待ち時間の90 %を %1 分以内に収めるには: %3。</translation>
    </message>
    <message>
        <source>No single move of a clerk shortens the longest wait now.</source>
        <translation>現在、職員1人の配置換えで最長の待ちを短くできる組み合わせはありません。</translation>
    </message>
    <message>
        <source>One clerk from %1 to %2 brings the p90 wait from %3 to %4 minutes.</source>
        <translation>%1 から %2 へ職員を1人移すと、待ち時間の90パーセンタイルが %3 分から %4 分になります。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>mdg::card::MyNumberCard</name>
    <message>
        <source>The card stopped answering: was it taken out of the reader? Put it back and read again.</source>
        <translation>カードが応答しなくなりました。リーダーから外れていませんか。置き直してもう一度読んでください。</translation>
    </message>
    <message>
        <source>This is not a My Number card, or its text-input application cannot be reached. A residence card (在留カード) cannot be read here: enter its facts by hand.</source>
        <translation>マイナンバーカードではないか、券面事項入力補助の機能に届きません。在留カードはここでは読めないので、手入力してください。</translation>
    </message>
    <message>
        <source>The card does not say how many PIN tries are left (status %1).</source>
        <translation>暗証番号の残り回数をカードが返しません（ステータス %1）。</translation>
    </message>
    <message>
        <source>The PIN has four digits.</source>
        <translation>暗証番号は4桁です。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after three wrong tries. The resident can have it unlocked at the counter that issues My Number cards; enter the facts by hand meanwhile.</source>
        <translation>3回間違えたため、暗証番号がロックされました。マイナンバーカードの窓口でロック解除できます。それまでは手入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. %n try(ies) left before the card locks: let the resident enter it again only when they are sure.</source>
        <translation>
            <numerusform>暗証番号が違います。ロックまで残り %n 回です。確かなときだけ、もう一度ご本人に入力してもらってください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The card refused the PIN (status %1).</source>
        <translation>カードが暗証番号を受け付けませんでした（ステータス %1）。</translation>
    </message>
    <message>
        <source>The card&apos;s facts cannot be read.</source>
        <translation>カードの情報を読み取れません。</translation>
    </message>
    <message>
        <source>The card&apos;s facts are not in the expected form.</source>
        <translation>カードの情報の形式が想定と違います。</translation>
    </message>
    <message>
        <source>The card&apos;s facts are incomplete.</source>
        <translation>カードの情報が欠けています。</translation>
    </message>
    <message>
        <source>The card&apos;s facts do not match its signature: they may have been altered. Do not use them; enter the facts from the card&apos;s face and report the card.</source>
        <translation>カードの情報が署名と一致しません。改ざんのおそれがあります。使わずに券面から入力し、カードのことを報告してください。</translation>
    </message>
</context>
<context>
    <name>mdg::card::PcscReader</name>
    <message>
        <source>The smart-card service is not running (pcscd on Linux). Ask IT to start it.</source>
        <translation>スマートカードのサービス（Linux では pcscd）が動いていません。情報システム担当に起動を依頼してください。</translation>
    </message>
    <message>
        <source>The card reader is not connected (or was unplugged). Plug it in and try again.</source>
        <translation>カードリーダーが接続されていません（または抜かれました）。接続してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The card was taken out of the reader before the reading ended. Put it back and read again.</source>
        <translation>読み取りの途中でカードが外されました。置き直してもう一度読んでください。</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it lies the right way round in the reader.</source>
        <translation>カードが応答しません。向きが正しいか確認してください。</translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close it and try again.</source>
        <translation>別のプログラムがカードリーダーを使っています。閉じてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The card reader reported an error (0x%1). Try again.</source>
        <translation>カードリーダーがエラーを返しました（0x%1）。もう一度お試しください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug one in and try again.</source>
        <translation>カードリーダーが接続されていません。接続してもう一度お試しください。</translation>
    </message>
    <message>
        <source>No card lies in the reader. Ask the resident to place the My Number card on it, then read again.</source>
        <translation>リーダーにカードがありません。ご本人にマイナンバーカードを置いてもらい、もう一度読んでください。</translation>
    </message>
</context>
<context>
    <name>mdg::consistent_path</name>
    <message>
        <source>Only a case in Entry goes on by itself.</source>
        <translation>自動で次へ進むのは入力段階の案件だけです。</translation>
    </message>
    <message>
        <source>The moving-out certificate has not been read yet.</source>
        <translation>転出証明書がまだ読み取られていません。</translation>
    </message>
    <message>
        <source>The certificate differs from what was entered: choose the value.</source>
        <translation>証明書と入力内容が異なります。どちらの値にするか選んでください。</translation>
    </message>
    <message>
        <source>A value is on one side only (the certificate or the entry): check it.</source>
        <translation>証明書か入力の一方にしかない値があります。確認してください。</translation>
    </message>
    <message>
        <source>The reader was not sure of a value: look at it on the certificate.</source>
        <translation>読み取りに自信のない値があります。証明書で確かめてください。</translation>
    </message>
    <message>
        <source>More than 14 days have passed since the move: handle the late notification.</source>
        <translation>異動から14日を過ぎています。届出期間経過の手続きをしてください。</translation>
    </message>
    <message>
        <source>The household has not been checked against the resident register yet.</source>
        <translation>世帯はまだ住民記録と照合されていません。</translation>
    </message>
</context>
<context>
    <name>mdg::kiosk::DeskEntry</name>
    <message>
        <source>Please fill this in.</source>
        <translation>ここを入力してください。</translation>
    </message>
    <message>
        <source>This day does not exist. Please check the year, month and day.</source>
        <translation>この日付はありません。年・月・日を確（たし）かめてください。</translation>
    </message>
    <message>
        <source>Please write the reading in kana (hiragana or katakana).</source>
        <translation>よみがなは、ひらがなかカタカナで書いてください。</translation>
    </message>
    <message>
        <source>Please check the date: moving in is reported after the move, moving out up to 30 days before it.</source>
        <translation>日付を確（たし）かめてください。転入（てんにゅう）は引っ越しの後に、転出（てんしゅつ）は引っ越しの30日前から届け出ます。</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>生年月日（せいねんがっぴ）が未来の日付になっています。</translation>
    </message>
    <message>
        <source>Please add at least one person.</source>
        <translation>少なくとも1人を追加してください。</translation>
    </message>
</context>
<context>
    <name>mdg::ui::AddressField</name>
    <message>
        <source>No address has this postal code. Please check it, or write the address below.</source>
        <translation>この郵便番号（ゆうびんばんごう）の住所が見つかりません。確かめるか、下に住所を書いてください。</translation>
    </message>
    <message>
        <source>Please enter the postal code (7 digits).</source>
        <translation>郵便番号（7けた）を入れてください。</translation>
    </message>
    <message>
        <source>Please write the block number (for example 3-1-2 or 3丁目1番2号).</source>
        <translation>番地（ばんち）を書いてください（例：3-1-2、3丁目1番2号）。</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号（ゆうびんばんごう）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>さがす</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所（じゅうしょ）</translation>
    </message>
    <message>
        <source>Block number</source>
        <translation>番地（ばんち）・建物名</translation>
    </message>
    <message>
        <source>e.g. 3-1-2, building and room</source>
        <translation>例：3-1-2&#x3000;〇〇マンション101</translation>
    </message>
    <message>
        <source>Find the address of the postal code</source>
        <translation>郵便番号から住所をさがす</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>町名（ちょうめい）</translation>
    </message>
</context>
<context>
    <name>mdg::ui::DateField</name>
    <message>
        <source>Western year</source>
        <translation>西暦（せいれき）</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>元号（げんごう）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>mdg::ui::DisplayWindow</name>
    <message>
        <source>Madoguchi — calling display</source>
        <translation>窓口 — 呼出し表示</translation>
    </message>
    <message>
        <source>Calling display</source>
        <translation>呼出し表示</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>ただいまの呼出し</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>これまでの呼出し</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>現在の待ち</translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation>中央ストアに接続しています…</translation>
    </message>
    <message>
        <source>The display cannot reach the central store; it shows the numbers as of %1.</source>
        <translation>表示が中央ストアに接続できません。%1 時点の番号を表示しています。</translation>
    </message>
    <message>
        <source>%1  →  counter %2</source>
        <translation>%1  →  %2 番窓口</translation>
    </message>
    <message>
        <source>Please wait until your number is shown.</source>
        <translation>番号が表示されるまでお待ちください。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 人待ち</translation>
    </message>
    <message>
        <source>no wait</source>
        <translation>待ちなし</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>約 %1 分</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <translation>%1 番の方、%2 番窓口へお越しください。</translation>
    </message>
</context>
<context>
    <name>mdg::ui::KioskWindow</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>What would you like to report?</source>
        <translation>何の届け出ですか</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>引っ越しの日</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>住所（じゅうしょ）</translation>
    </message>
    <message>
        <source>Who is moving</source>
        <translation>引っ越す人</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>いくつかの質問（しつもん）</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>確認（かくにん）してください</translation>
    </message>
    <message>
        <source>Your reception number</source>
        <translation>受付番号（うけつけばんごう）</translation>
    </message>
    <message>
        <source>Staff: leave kiosk mode</source>
        <translation>職員用：キオスクモードを終了</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <source>Welcome. Enter your move here and get a reception number.
Please choose your language.</source>
        <translation>ようこそ。ここで引っ越しの内容を入力すると、受付番号（うけつけばんごう）が出ます。
言語を選んでください。</translation>
    </message>
    <message>
        <source>Please choose what you would like to report.</source>
        <translation>届け出の種類を選んでください。</translation>
    </message>
    <message>
        <source>Moving in
(you moved here from another city)</source>
        <translation>転入（てんにゅう）
（ほかの市区町村から引っ越してきた）</translation>
    </message>
    <message>
        <source>Moving out
(you are moving to another city)</source>
        <translation>転出（てんしゅつ）
（ほかの市区町村へ引っ越す）</translation>
    </message>
    <message>
        <source>Moving within the city
(a new address in this city)</source>
        <translation>転居（てんきょ）
（この市の中で引っ越した）</translation>
    </message>
    <message>
        <source>On which day do you move out (planned)?</source>
        <translation>引っ越す予定（よてい）の日はいつですか。</translation>
    </message>
    <message>
        <source>On which day did you move?</source>
        <translation>引っ越した日はいつですか。</translation>
    </message>
    <message>
        <source>Your address now</source>
        <translation>今の住所</translation>
    </message>
    <message>
        <source>Where you lived before</source>
        <translation>前の住所</translation>
    </message>
    <message>
        <source>Where you are moving to</source>
        <translation>引っ越し先の住所</translation>
    </message>
    <message>
        <source>Your new address</source>
        <translation>新しい住所</translation>
    </message>
    <message>
        <source>Enter each person who moves, one at a time, starting with yourself. Press &quot;Add this person&quot; after each.</source>
        <translation>引っ越す人を、ご自分から1人ずつ入力し、そのたびに「この人を追加」を押してください。</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>この人を追加</translation>
    </message>
    <message>
        <source>These answers tell you which other procedures your move needs. Skip any you do not want to answer.</source>
        <translation>答えから、ほかに必要な手続き（てつづき）がわかります。答えたくない質問はとばしてかまいません。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Send and get my number</source>
        <translation>送信して番号を受け取る</translation>
    </message>
    <message>
        <source>Thank you. Please wait until this number is called.</source>
        <translation>ありがとうございました。この番号が呼ばれるまでお待ちください。</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation>番号票を印刷</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>おわる</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>まだ使っています</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>管理者PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>転入（てんにゅう）</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>転出（てんしゅつ）</translation>
    </message>
    <message>
        <source>Moving within the city</source>
        <translation>転居（てんきょ）</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>届け出</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>答えた質問の数</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Your entry could not be sent (%1). Please try again, or ask at the counter.</source>
        <translation>送信できませんでした（%1）。もう一度押すか、窓口でお聞きください。</translation>
    </message>
    <message>
        <source>Other procedures your move needs, in order:</source>
        <translation>引っ越しで必要なほかの手続き（この順に）：</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1&#x3000;%2番窓口</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>持ち物：%1</translation>
    </message>
    <message>
        <source>The slip could not be printed. Please note your number.</source>
        <translation>番号票を印刷できませんでした。番号をお控えください。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again later.</source>
        <translation>PINの間違いが多すぎます。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PINが違います。</translation>
    </message>
    <message>
        <source>Are you still there? If not, your entry will be erased in %1 seconds.</source>
        <translation>まだ使っていますか？&#x3000;操作がないと、%1秒後に入力した内容を消します。</translation>
    </message>
    <message>
        <source>Read my My Number card</source>
        <translation>マイナンバーカードを読み取る</translation>
    </message>
    <message>
        <source>Your name, date of birth and sex were taken from your card. Please type the reading of your name.</source>
        <translation>お名前・生年月日・性別をカードから入力しました。お名前のフリガナを入力してください。</translation>
    </message>
</context>
<context>
    <name>mdg::ui::MemberForm</name>
    <message>
        <source>head of household</source>
        <translation>（せたいぬし）</translation>
    </message>
    <message>
        <source>wife</source>
        <translation>（つま）</translation>
    </message>
    <message>
        <source>husband</source>
        <translation>（おっと）</translation>
    </message>
    <message>
        <source>child</source>
        <translation>（こ）</translation>
    </message>
    <message>
        <source>father</source>
        <translation>（ちち）</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>（はは）</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>（そふ）</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>（そぼ）</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>（まご）</translation>
    </message>
    <message>
        <source>older brother</source>
        <translation>（あに）</translation>
    </message>
    <message>
        <source>older sister</source>
        <translation>（あね）</translation>
    </message>
    <message>
        <source>younger brother</source>
        <translation>（おとうと）</translation>
    </message>
    <message>
        <source>younger sister</source>
        <translation>（いもうと）</translation>
    </message>
    <message>
        <source>lodger</source>
        <translation>（どうきょにん）</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>ベトナム</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>フィリピン</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>ブラジル</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>ネパール</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>インドネシア</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>アメリカ合衆国</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名（しめい）</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日（せいねんがっぴ）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別（せいべつ）</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄（つづきがら）</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍（こくせき）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓（せい）</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名（めい）</translation>
    </message>
    <message>
        <source>Family name in kana</source>
        <translation>せい（かな）</translation>
    </message>
    <message>
        <source>Given name in kana</source>
        <translation>めい（かな）</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
</TS>
