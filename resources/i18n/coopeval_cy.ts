<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Write this recovery code down, or store it in a safe place such as your council&apos;s password manager, now.&lt;/b&gt; It is shown only this once: CoopEval keeps only a fingerprint of it (a hash), never the code.&lt;/p&gt;&lt;p&gt;With it, an officer who has forgotten their passphrase can set a new one when there is no other officer to reset it (Sign in → Forgot your passphrase?). Using it gives you a new recovery code.&lt;/p&gt;&lt;p&gt;Keep it away from this computer&apos;s workspace file: anyone with the code and the file can become an officer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&apos;s old passphrase no longer works. Give %1 this one-time code &lt;b&gt;in person&lt;/b&gt; (not by email). It is shown only this once.&lt;/p&gt;&lt;p&gt;%1 signs in by choosing their name, typing the code and choosing a new passphrase, which you never learn.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score(s) from %2 to %3, median %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draft(s) still to be submitted or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared interest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 declared a %2 interest in %3 (resolution: %4). Ask %1 to leave the room while this bid is discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantitative, lower is better: no individual scores. The panel accepts the commitment, or a higher (less favourable) figure with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantitative: no individual scores. The panel accepts the commitment, or a lower figure with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within tolerance: the median, %1, is proposed. The panel confirms it with a rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: to be submitted or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHDRAWN: kept, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted quantity %1 (committed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open moderation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open moderation: lock every individual score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items needing &amp;discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only measures with an item needing discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the measures in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most disagreement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise evaluators&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next needing discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item needing discussion (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this item&apos;s scores and consensus (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode: full screen, one item at a time (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bold: needs discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return pack: submit my scores and write the file to hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack passphrase for %1 (the officer gave it to you separately, e.g. by phone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator pack for %1 — tender %2. Score, then Return pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: nothing you type can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note could not be saved; see the item marked unsaved, then return the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your scores and write the pack to hand back? Submitted scores become read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot return the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own passphrase, %1 (the one you sign in with, not the pack passphrase): the returned pack is signed with it so the officer knows you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: %1 holds your submitted scores. Send that file to the officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pack to hand back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evaluator pack for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is encrypted: choose a pack passphrase (at least 10 characters; three random words are good). Give it to %1 another way than the file, e.g. by phone, never in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. Give it to %2, and tell them the pack passphrase another way (by phone or in person, never with the file): they open it in CoopEval, sign in as themselves, score, and choose Return pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1&apos;s evaluator pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack passphrase for %1 (agreed when the pack was exported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different submitted scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pack&apos;s scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why prefer the pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do the pack&apos;s scores replace the submitted ones? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Whole result: complete.&lt;/b&gt; The most advantageous tender is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Whole result: complete, but tied.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Whole result: not complete.&lt;/b&gt; Until it is, the summaries and the report state the social value part of the assessment only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A middling response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am (the panel member scoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid by bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure by measure, across all bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit my scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit every score (Ctrl+Enter); they are then read-only until moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First unscored item (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not scored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a rationale or a reason for abstaining</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot submit yet: %1. Ctrl+U goes to the first such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your scores for all %1 items? They become read-only until moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rationale(s) are shorter than this tender&apos;s minimum of %1 characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MappingDialog</source>
        <comment>Supplier name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MappingDialog</source>
        <comment>Amount (£)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MappingDialog</source>
        <comment>Supplier ID</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MappingDialog</source>
        <comment>Company number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MappingDialog</source>
        <comment>Transaction number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MappingDialog</source>
        <comment>Expense area</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-op or democratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardModelChart</name>
    <message>
        <source>Value awarded by ownership model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value awarded by ownership model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-operative or democratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardPage</name>
    <message>
        <source>Where the award stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract award notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment summaries sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract entered into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standstill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw the award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What recording the award does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contract award notice is published, record the award here: the winning bid (the one the results rank first is offered first), the notice date, from which the standstill is worked out, the contract&apos;s dates and its value. Each accepted commitment of the winning bid then becomes a contract commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about the s.52 KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments still to lift from the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How commitments can change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.52: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: replace the seeded wording of %1 with the specific commitments lifted from the winning response (Add commitment, or Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract changes have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is closed: the commitments are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery has started: each change needs a reason and is listed as a contract change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until delivery starts, commitments can be changed freely; each change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not awarded&lt;/b&gt; — %1 is signed off. Record the award once the contract award notice is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last award was withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Awarded&lt;/b&gt; — %1. Check the commitments and tick the contract&apos;s KPIs, then start delivery: after that each change to a commitment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In delivery&lt;/b&gt; — %1. The commitments are part of the contract; a change needs a reason and is recorded as a contract change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; — %1. The contract has ended; its record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not awarded&lt;/b&gt; — %1 is in %2. The award comes after sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award to %1 is recorded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award is withdrawn; the tender is signed off again, and the reason is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the award? The tender goes back to signed off, its commitments are set aside, and the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The standstill brought a challenge that the council upheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start delivery of %1? From then on each change to a commitment needs a reason and is recorded as a contract change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the contract of %1? Its commitments and record are kept, but nothing more can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the commitments register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this commitment as one of the contract&apos;s s.52 KPIs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop treating this commitment as one of the contract&apos;s s.52 KPIs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the contract&apos;s KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery has started: a reason is required, and the change is recorded as a contract change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before delivery a reason is optional; the change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Varied by agreement with the supplier on 3 May 2027.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BidDetailsForm</name>
    <message>
        <source>e.g. Companies House or FCA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10/01/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the received-on date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (recorded, never scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation answers on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trading name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the answer is shown to be true: a register entry, a document and its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BidTableModel</name>
    <message>
        <source>Bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, trading as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BidsPage</name>
    <message>
        <source>Why bids cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids in this tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw bid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sponse template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ret&amp;urns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bidders&apos; filled response templates (.xlsx): choose the files or a folder, or drop them on this page. You see a preview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid details status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;card changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes to the bid details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bid details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response template cannot be written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Excel return bidders fill in: their details and one row per measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids can be added or changed only in draft or evaluation; this tender is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid can still be withdrawn until sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, %1 problems:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the new bid&apos;s details, then save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.52 KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>Sign-off checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the %1 page to fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation has not started: the officer starts it on the Set-up page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation has not opened: open it once every evaluator has submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bid × measure has a consensus score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus scores are agreed in moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bid × measure item(s) have no consensus score.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every declared interest is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n declared interest(s) await the officer&apos;s resolution.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No draft scores: every score was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft score(s) were never submitted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every panel member who scored has signed this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to sign this round: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where it will be safe, then clear the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Problem with the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the supplier will do, as the contract will say it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number where one can be measured; empty where none can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changes: e.g. Varied by agreement on 3 May 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery has started: the commitments are part of the contract, so a change needs a reason, and is recorded as a contract change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until delivery starts, commitments can be changed freely (each change is in the audit log); a reason is optional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.52 KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: one of the contract&apos;s key performance indicators (Procurement Act 2023 s.52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a KPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <source>Confirm with your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This carries your name in the record. Type your passphrase again, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsensusEditor</name>
    <message>
        <source>Consensus so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen consensus score and what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the proposed median as the consensus score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bid&apos;s committed quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the accepted quantity differs from the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(accepted as committed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the reason for a lower quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. six of the posts are TUPE transfers, not new jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every commitment as committed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every commitment as committed: a consensus for each quantitative item without one, at the bid&apos;s commitment, with one rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;tionale (required): why the panel agreed this, by reference to the bid and the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale checks (flags only: recording is never refused for them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the consensus was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the consensus (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Consensus&lt;/b&gt;: not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Consensus&lt;/b&gt;: recorded; recording again revises it (the earlier one stays in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within tolerance: the median %1 is proposed; accepting it still needs a confirming rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score is proposed: the scores do not agree within tolerance, so the panel discusses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the proposed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rationale (you can still record it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale checks: nothing flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No score chosen.&lt;/b&gt; Click a score, or press Alt and its digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>Problem with the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit award criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add award criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Price, Quality of the method statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the whole tender, e.g. 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top of its scale, e.g. 100 or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is scored, as the tender documents say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it is scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationPrompt</name>
    <message>
        <source>Declaration of interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bidders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have no interest to declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Declare any conflict of interest first&lt;/h3&gt;&lt;p&gt;%1, before you see any bid, declare whether you have a personal, professional or financial interest in any bidder or in the outcome of this tender. The declaration is kept in the tender&apos;s register.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole tender (every bid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what, and how: e.g. My partner owns shares in the bidder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare before seeing any bid. Declare “No interest” for the whole tender if you have none; declare each interest, for the whole tender or for one bid. A new declaration replaces your current one for the same scope; the old one stays in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about this declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is excluded from this by the officer&apos;s resolution (no. %2). A new declaration replaces that one; the exclusion stays in the register but no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s declaration no. %2 for this still awaits the officer&apos;s resolution; a new declaration replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclareInterestDialog</name>
    <message>
        <source>Declare an interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the interest concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what the interest concerns, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer resolves the interest; until then the bids it concerns stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryChart</name>
    <message>
        <source>to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 accepted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 reported, not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* a short period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered to date (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered in each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported, not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryGridModel</name>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — a short period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—
%1 Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing reported; the period has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>Delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was delivered for the selected commitment and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an evidence file to the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query the selected entry, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected entry, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery return &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a delivery return for the supplier to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import delivery returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the supplier&apos;s filled delivery returns, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;KPIs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the KPIs for a rating period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating thre&amp;sholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the % of promised delivery from which each rating is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the details of a contract performance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the delivery report: delivered against promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery by commitment and reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the selected commitment: promised against delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: quarters ended with nothing reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queried entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and queried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2. Delivery is recorded once the contract is awarded and delivery starts (on the Award page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract with %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded: delivery has not started yet. Start delivery on the Award page; the supplier then reports each quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 queried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is closed: its delivery record is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first quarter (%1) is short: %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3): nothing reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queried (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is queried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a commitment in the grid to see its delivery over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a qualitative commitment: each quarter is answered yes, no or partly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 for %2; check it with Accept, Query or Reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the supplier must answer or send (the entry stays out of the totals until accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the figure is not accepted (it counts in no total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 to %2 %3 (SHA-256 %4…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery return template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rating thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating thresholds for %1: Good from %2 %, Approaching target from %3 %, Requires improvement from %4 %. Suggestions use them from now on; recorded ratings are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the performance notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the performance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the performance notice for %1 to %2. File it as a contract performance notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the delivery report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the delivery report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the delivery report with your CoopEval signing key, as the moderation report is signed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no signing certificate yet: make one on the Report page (Make a new signing certificate…), then write the delivery report again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryPreviewDialog</name>
    <message>
        <source>Import delivery returns: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File, period and commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery returns: each file&apos;s period and the entries it records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the delivery returns, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 return(s) checked: %2 new entries, %3 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked entries go back to pending: their figures change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every imported entry starts pending: check each on the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): already imported, nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (evidence: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; was %1, goes back to pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryReturnsActions</name>
    <message>
        <source>Delivery return template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the delivery return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the delivery return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the delivery return for %1 to %2. Send it to the supplier; import it with Import delivery returns when it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import delivery returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the delivery returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the delivery returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the delivery returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the delivery returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: every delivery return was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 delivery return(s): %2 entries recorded, each pending until you check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Draft scores left unsubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubmitted draft scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can it be submitted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the selected drafts as their evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected drafts as their evaluator, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 draft score(s) left unsubmitted: settle these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each evaluator submits their own drafts as they stand, or withdraws them with a reason. An item&apos;s consensus can be recorded once its drafts are settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstOfficerDialog</name>
    <message>
        <source>Who is the officer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Become the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopEval records who does what. This workspace has no officer yet: you become its first officer, who sets up tenders, adds people and can reset their passphrases. Choose a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem with this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkBrowser</name>
    <message>
        <source>quality companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework, theme, outcome, measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search codes, titles and descriptions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks, themes, outcomes and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item&apos;s detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frameworks are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>CoopEval user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F), then Enter for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the page before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;This copy of CoopEval has no user guide (docs/guide.md). Everything else works as usual. To get the guide back, reinstall CoopEval, or ask your IT team for the guide file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this item&apos;s individual scores and consensus, oldest first, from the workspace&apos;s tamper-evident audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import other award criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s). Nothing will be written until every one is fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 criteria and %3 scores; %4 to add or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Items to score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Conflicts of interest in this bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores, statistics and scale for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item being moderated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tenders in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New tender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tenders&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tender on the left, or create one with New tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CoopEval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopEval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1/%2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some framework files could not be loaded and are not shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CoopEval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoopEval %1&lt;/h3&gt;&lt;p&gt;Score the co-operative social value of tender bids, beside your council&apos;s own TOMs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopEval did not recognise the columns of %1. Say which column holds each field; those marked * are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column of %1 holds each field; those marked * are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Council payments over £500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use these columns for this file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this mapping as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column can hold one field only: %1 is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurePicker</name>
    <message>
        <source>Measures from the workspace&apos;s frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the shi&amp;pped frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import framewor&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CoopEval framework file (.toml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the council&apos;s own table of measures (.xlsx or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested set of measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the set&apos;s measures to those already chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search codes, titles and descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search measures to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures to pick: check a measure to add it to the tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure picker note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure picker message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggested set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quality companion: service quality rather than co-operative value, in none of the scored sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3 measures) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3 of %4 chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds no frameworks yet. Add the shipped frameworks, or import a framework file or a council spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 measures from the %2 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measure of the %1 set is already chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to this workspace: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 is in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Read %1 measures in %2 themes; the framework file is saved as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the measure asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s weight: the points on offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): points, and the quantity committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (none committed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (committed %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest in this bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item under discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bid&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later item needs discussion.   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score(s). Press R to reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ next · ← previous · D next needing discussion · R reveal or hide scores · ↑ ↓ scroll · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · digits choose the consensus score · Ctrl+Enter record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit panel member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add panel member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the member&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s name cannot change: their declarations and scores are kept under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not declared: cannot see any bid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest declared (%1): awaits the officer&apos;s resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from the whole tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest mitigated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared no interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may see %1 of %2 bids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelShareTableModel</name>
    <message>
        <source>Ownership model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-op or democratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Loading the moderation grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tender is signed off: the moderation is read-only. Reopen it (with a reason) to revise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Moderation comes after individual scoring.&lt;/h3&gt;&lt;p&gt;Start evaluation on the Set-up page first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Individual scoring is still open.&lt;/h3&gt;&lt;p&gt;When the officer opens moderation every individual score locks. Drafts not yet submitted are then listed first: each evaluator submits or withdraws their own. Until then scoring is blind, so only counts are shown here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item needs discussion: every discuss or split item has a consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the consensus for %1 · %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item shown in the grid is left without a consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next without a consensus: %1 · %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quantitative item with a commitment already has a consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 commitment(s) from %2 bid(s) as committed?

Each of them is recorded as its own consensus, at the quantity the bid committed, with the rationale below and the members present by default (those with a declared interest in the bid left out). Items that already have a consensus are not changed; lower any quantity the panel doubts one by one first.

Rationale (required), for every one of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 commitment(s) as committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1 commitment(s) as committed, each recorded as its own consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open moderation for %1? Every individual score locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draft score(s) are not submitted; their evaluators will submit or withdraw them at moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submits %2 draft score(s) as they stand; they then count in moderation.

Only %1 should confirm this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit drafts as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw drafts as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdraws %2 draft score(s): they are kept but not counted. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one evaluator&apos;s drafts at a time: each evaluator settles their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; three random words are good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTenderDialog</name>
    <message>
        <source>New tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £250,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;value (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value &amp;weight of the whole tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the new tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created, %1 problems:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the 10% that central government guidance (PPN 002) sets as a floor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherCriteriaDialog</name>
    <message>
        <source>Other award criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award criteria other than social value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bid&apos;s score on each criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores (double-click a cell, or select it and press Score…; the reasons show when you point at a score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value is %1% of the whole tender in %2. Record here the council&apos;s other award criteria (price, quality…), assessed outside CoopEval, and each bid&apos;s score with its reasons, so the summaries and the report can state the whole result. The weights of the other criteria and social value must add up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They cannot change now: the tender is awarded (withdraw the award first) or the workspace is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other award criteria are recorded: the summaries and the report state the social value part of the assessment only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import other award criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework, theme within it, or outcome within the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the points are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight on offer under this heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Tender overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus still needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Why the panel cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add panel member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit panel member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a declared interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport evaluator pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport evaluator pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the member&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People known to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every declaration and resolution is kept here. Nothing is edited or deleted: a new declaration supersedes the member&apos;s current one for the same scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender is signed off: the panel and the register cannot change unless an officer reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on the panel yet. Add the members, then each declares any conflict of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to declare (cannot see any bid until they do): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the officer&apos;s resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member has declared, and no declared interest awaits resolution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People known to this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on a tender&apos;s panel are added from the Panel page; add someone here to give them a workspace role. Each person chooses their own passphrase when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickEntryDialog</name>
    <message>
        <source>Pick another entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register entries found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this entry is the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <source>Portfolio — CoopEval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspaces again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the portfolio as PDF or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workspaces to the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen workspaces from the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;kspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change and supply chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures promised and delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by expense area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by ownership model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts between workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders left out of the sums, because workspaces disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The open workspace is always in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend has been imported into these workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value awarded in %1 by ownership model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value awarded in every year by ownership model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tender in these workspaces has been awarded%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read 1 workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tender left out of the sums: the workspaces disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenders left out of the sums: the workspaces disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend imported for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend has been imported: File → Spend and registers… imports a council&apos;s spend file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year (%1): %2 of spend went to co-operative and democratic businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; last year (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no spend imported for the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1 in %2 lines: %3 unmatched, %4 awaiting review, counted neither way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tender awarded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tender in these workspaces has been awarded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded %1: %2 across 1 tender; %3 of it to co-operative and democratic businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded %1: %2 across %4 tenders; %3 of it to co-operative and democratic businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-operative or democratic businesses bid in %1 of them and won %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a baseline year under “Compared with” to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare with %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend share %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>award share %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply chain spend with co-operatives: %1 promised, %2 delivered so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract here promises supply-chain spend with co-operatives (CV-CC-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spend lines found in more than one workspace, counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopEval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <source>Questionnaire for bidders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the questionnaire cannot be published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published versions of the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, so nothing can be published from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the questionnaire as PDF or Word and keep a copy of it, with its SHA-256, in the tender&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing the questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>MappingDialog</source>
        <comment>Payment date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank (none when disqualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder&apos;s legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total
(of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value score out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender points
(of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points in the whole tender: social value is %1% of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed quantities × their proxy values, in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures whose minimum the bid does not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — disqualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rate KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each KPI for the period in the words of a contract performance notice. CoopEval suggests a rating from delivered ÷ promised; where yours differs, say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs to rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with these ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required where the rating differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPIs to rate: mark commitments as KPIs on the Award page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for each rating that differs from the suggestion: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingThresholdsDialog</name>
    <message>
        <source>Problem with these rating thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopEval suggests a KPI&apos;s rating from delivered ÷ promised in a rating period: Good from the first threshold, Approaching target from the second, Requires improvement from the third, and Inadequate below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Good from (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good from (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approaching target from (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approaching target from (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires &amp;improvement from (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires improvement from (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions use the new thresholds from now on; ratings already recorded never change (each keeps the suggestion it was made beside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 90</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Problem with this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: the supplier is told why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAwardDialog</name>
    <message>
        <source>Problem with the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ranked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standstill worked out from the notice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: once the contract is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1/4/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 31/3/2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £1,250,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the assessment summaries went to the bidders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No standstill applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standstill applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the exemption applies to this contract; kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award goes to the bid the council has chosen; the one the social value results rank first is marked. Dates as you write them (18/12/2026 or 18 Dec 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning &amp;bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment &amp;summaries sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract award &amp;notice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;entered into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract en&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded &amp;value (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standstill: say which exemption applies, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standstill: at least eight working days beginning with the day the notice is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standstill would end at the end of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDeliveryDialog</name>
    <message>
        <source>Problem with this delivery entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivered%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. payroll extract p.3; photos 12–15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence references:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsBox</name>
    <message>
        <source>How long this tender&apos;s record must be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;retention date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ZIP file with the signed report, the assessment summaries, the tender JSON, the audit log (JSON and CSV), the frameworks used, the kept files, and a signed manifest of every file&apos;s SHA-256, signed as “Sign with” says (a bundle is always signed: with “Do not sign”, by your own key). Anyone can check it with “coopeval records verify”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this tender&apos;s record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record until (for example 31 Mar 2031; leave empty for “to be set at award”). From the award on, the record is kept for three years from the day the contract is entered into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the records bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 files and a manifest, signed by %3. Manifest SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the records bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Import register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers are matched against the latest import of each register. Download the register yourself: CoopEval ships none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-operatives UK open data (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCA Mutuals Public Register extract (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own list: Name, Number, Ownership model, Democratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. downloaded from the register&apos;s website on 1 Dec 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it came from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove award criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” leaves the tender&apos;s criteria; it and its scores stay in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>What can be made for this tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My CoopEval signing key (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate file (.p12 / .pfx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the report with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;moderation report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new signing certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who your own signing key names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is signed as PAdES. Others can check it with “coopeval verify”; give them your certificate (Export my certificate) so they can trust your signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;assessment summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment summaries (Procurement Act 2023 s.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per bidder, in a folder you choose: the award criteria, its scores with their reasons, the same for the winning tender, and why that tender scored better. With the other award criteria recorded (Results page, Other award criteria…) they state the whole result and the most advantageous tender; until then they are the social value part of the council&apos;s assessment summary, and say so. Apart from the winning tender, no bidder sees another bidder&apos;s name or scores. Regulation 31&apos;s check runs first; the Sign-off page lists what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to E&amp;xcel (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to C&amp;SV (a folder)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual scores with rationales, consensus, commitments and accepted quantities, declarations and results: one sheet (or CSV file) per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder it was written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own key signs as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no signing certificate yet: you will be asked who signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed off: the report is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in moderation: the report is marked “DRAFT — not signed off”. Assessment summaries are written once it is signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and exports can be made once moderation opens: individual scores are blind until then. %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the moderation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the moderation report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the assessment summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 assessment summaries in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They were written with %n regulation 31 problem(s), recorded in the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the assessment summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) regulation 31 asks for are missing from the bidders&apos; summaries. The Sign-off page lists each with a link to where it is fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write anyway? That is recorded in the audit log with the problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 file(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous key is kept in %1, so reports it signed still verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a signing certificate for %1 (SHA-256 fingerprint %2).%3 Export it for whoever checks your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. Its SHA-256 fingerprint is %2: confirm it with whoever receives the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: this computer has no program set up for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a declared interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1: %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and any conditions: e.g. Excluded from scoring this bid; left the room when it was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excluded member cannot see or score the bids concerned. A resolution is recorded under your name (%1) and cannot be changed; if things change, the member makes a new declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing awaits resolution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesEditor</name>
    <message>
        <source>Measures to respond to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure being answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the bid&apos;s response to this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pp. 12–14, appendix C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the committed quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed &amp;quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bid to see its responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tender has no measures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantitative: a committed quantity and the response that supports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualitative: a written response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written response was saved; the quantity was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Whether these results are provisional or final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section weight warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking: totals and subtotals per bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotals by framework, theme and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per measure for each bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of each bid&apos;s score by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ranking table as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;outcome subtotals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the outcome subtotals as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other award &amp;criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other award criteria and the whole result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole result across every award criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart and outcome subtotals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by &amp;theme (chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotals by theme and o&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by &amp;measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bid&apos;s score out of 100, split by theme, best first. The same figures are in the ranking table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PROVISIONAL&lt;/b&gt; — %1 is in %2, not signed off. Figures use the panel&apos;s consensus where it has agreed one, otherwise the median of the individual scores or the bid&apos;s committed quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;FINAL&lt;/b&gt; — %1 is signed off. These results cannot change unless an officer reopens the tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity: there are no bids to rank yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity: every bid is disqualified, so no bid comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity: first place (%1) holds when any one measure&apos;s weight moves by ±25%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would come first if one of these weights moved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity: first place (%1) does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) and a header row as tab-separated text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnsActions</name>
    <message>
        <source>Response template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the response template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the response template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the response template (version %1) to %2. Send it to bidders with the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the returns in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: every return was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 returns: %2 new bids, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <source>Import returns: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File, bid and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns: the bid each file creates or updates, its responses and what differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the returns, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem in 1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems in 1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems in %2 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported until every file is fixed: correct the cells named below (copy the list for %3 if it helps) and import the returns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix every problem listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bidders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bid updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bids updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unchanged (already imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 return checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returns checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each below, then import them all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new bid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates the bid of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the bid of %1 unchanged (this file was already imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:
%1

After:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pages: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Problem with the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, out of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, by reference to the bid: its section or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <source>The chosen score and what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abstain: I cannot score this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain from scoring this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you abstain, e.g. outside your expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale: the strengths, the weaknesses, and where in the bid the evidence is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths: what the response commits to, specifically…
Weaknesses: what is missing, vague or unevidenced…
Evidence: where in the bid you found it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where in the bid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the bid the evidence is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Method statement pp. 4–6; Appendix C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this item still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your score&lt;/b&gt; (digit keys; Alt+digit while typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1, or Alt+%1 while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ raises the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Abstained.&lt;/b&gt; Your abstention and its reason are recorded instead of a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not scored yet.&lt;/b&gt; Click a score, or press its digit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rationale yet: give the strengths, the weaknesses and where the evidence is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale too short: %1 characters; this tender asks for at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for abstaining.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Scoring opens once the officer starts evaluation on the Set-up page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are in “I am” to see your items to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluator is on this tender&apos;s panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s scores, notes and declarations are shown only to %1: sign in as %1 with their passphrase to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To score as %1, sign in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing for you to score in this tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tender is signed off: these scores are the final record and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tender is in %1: individual scores are locked; the panel settles each item on the Moderation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have submitted your scores; they are read-only until moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing you type here can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) stay hidden until the officer resolves your declared interest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) are hidden: a conflict of interest excludes you from them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved for this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was closed before this note could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out / Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are. %1 stays signed in until you sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out after %1 minutes without use. Sign in to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetByHandDialog</name>
    <message>
        <source>Set by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how %1 is owned and controlled, and what shows it (its rules, the register entry, the trust deed…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ownership model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as &amp;co-operative or democratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as co-operative or democratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what shows this, e.g. rules registered with the FCA, society number 1234R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupMethodDialog</name>
    <message>
        <source>How %1 is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative to the best bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded only, not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold: share; … e.g. 10: 0.25; 25: 0.5; 50: 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bid gets its share of the marks against the best bid&apos;s commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bid gets its progress towards the target, full marks once it is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid gets the share (0 to 1) of the first band whose threshold it does not exceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid gets the share (0 to 1) of the last band whose threshold it reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is recorded and reported but earns no marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start evaluati&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting evaluation freezes the scale, the weights, the thresholds and the methods. The weights must total exactly 100 and the panel needs an evaluator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start evaluation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this tender is signed off, so its set-up is part of the final record. These are the measures, weights, thresholds and methods the panel scored against; none of them can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: evaluation has started (the tender is now at %1), so this set-up is frozen. The panel scores against these measures, weights, thresholds and methods, so none of them can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, so the set-up is shown but cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start evaluation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting evaluation of %1 — %2 freezes its set-up. After this none of the following can change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Social value weight: %1% of the whole tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 measures and their weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Minimum thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Methods, targets and bands of %1 quantitative measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Moderation: discuss spreads from %1%, split above %2%; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bid missing a minimum is disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no disqualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators can then declare interests and score the bids. Start evaluation now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSpreadsheetDialog</name>
    <message>
        <source>Import a council spreadsheet of measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Licensed to Vale Council for its own procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the licensor and edition of the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; the file&apos;s name if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of the table becomes a quantitative measure, grouped by its theme and outcome. Columns needed: Theme, Outcome, Code, Measure, Unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet import message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;framework file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the framework file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the council&apos;s spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who are you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is known to this workspace yet: an officer adds people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no passphrase yet. Choose one now: you will type it each time you sign in, and to sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s passphrase was reset. Type the one-time code the officer gave you, then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the workspace&apos;s recovery code (shown when the workspace was made), then choose a new passphrase for %1. You will be shown a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the only officer, so nobody can reset your passphrase for you: use the recovery code you kept when the workspace was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an officer to reset your passphrase (Panel page → Reset passphrase…, or File → People…). They give you a one-time code in person; you then choose a new passphrase here. Nobody, not even the officer, learns it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <source>Where the sign-off stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel member signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement the member signs, in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off as this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off as the chosen member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair finalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the sign-off as chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the signed-off evaluation must change; kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the signed-off tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise and reopen history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each panel member confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair finalises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalising marks the tender signed off and takes a backup of the workspace. After that nothing can change unless an officer reopens it with a reason, which is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen (officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signatures&lt;/b&gt; (every round, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm that I scored each bid independently before moderation, that I declared every interest I have, and that the consensus scores and reasons recorded here are the panel&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer is on the panel: recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed off&lt;/b&gt; — %1, round %2. Nothing can change unless an officer reopens the tender with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not signed off&lt;/b&gt; — %1 is in moderation, round %2 of sign-off. Each panel member signs once everything below is done; then the chair finalises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not signed off&lt;/b&gt; — %1 is in %2. Sign-off comes after moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be signed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the panel member who is signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 signs as %1: sign in as %1, then press Sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the sign-off of %1? It becomes signed off and a backup is taken; after that nothing can change unless an officer reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off. A backup of the workspace was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1? It goes back to moderation, and every panel member signs again in a new round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: the tender is back in moderation, and the reason is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer checks the assessment summaries: sign in as one to see what each bidder&apos;s summary lacks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureTableModel</name>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Who signs the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports you sign name you. CoopEval makes a signing key and certificate for you, kept in your own user folder on this computer (never in the workspace). Give your name as reports should show it; role and council are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate names %1. A new one replaces it; the old one is kept, so reports it signed still verify. Give whoever checks your reports the new certificate (Export my certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Procurement officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Example Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the signer&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make my certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendPreviewDialog</name>
    <message>
        <source>Import spend: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lines as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lines as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without the bad lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file and import it again, or import the other lines without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line must be right first; or import without the bad lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without the 1 bad line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without the %1 bad lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CoopEval did not recognise its columns. Choose them to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines read; %3 new, %4 already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New spend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paid %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: every line is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mapping “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendShareChart</name>
    <message>
        <source>Spend share per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-operative or democratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per financial year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 spent; %3 co-operative or democratic (%4), %5 not, %6 awaiting review, %7 unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 co-op</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendWindow</name>
    <message>
        <source>Spend and registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;spend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a spend file (CSV) and show what importing it would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register of co-operative and democratic businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend and matching in short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was last done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, suppliers and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue: suppliers and the register entries proposed for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is the supplier (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is not the supplier; it is never proposed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the registers for the supplier&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by &amp;hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the supplier&apos;s ownership model yourself, with the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search suppliers by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show suppliers whose status is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers: their spend and what is known of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an &amp;entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the registers for this supplier&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by han&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say this supplier&apos;s ownership model yourself, with the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend files imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend and registers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 suppliers (largest spend first): search to find others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet. Import the council&apos;s spend files (Import spend…) and a register of co-operatives (Import register…); suppliers are then matched to the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spend lines, %2, %3. Registers in use: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 supplier awaits review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suppliers await review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier awaits review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, company number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (democratic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not democratic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is dissolved: accept only if the supplier traded with this organisation while it was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1 is %2 on the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1 is not %2; that entry will not be proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked: %1 is %2 on the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand: %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the spend file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the spend file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: every line of %1 is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new lines (%2) from %3; %4 were already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines with problems were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suppliers matched to a register; %2 wait in the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 entries (%3 live) from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryChecksBox</name>
    <message>
        <source>Assessment summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment summaries: regulation 31 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment summaries check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ Problem: %n thing(s) regulation 31 asks for are missing from the bidders&apos; summaries. Writing them is refused until they are fixed, or written anyway (recorded in the audit log).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Done: every bidder&apos;s summary has what regulation 31 asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: `coopeval summaries` lists them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the %1 page to fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenderDetailsForm</name>
    <message>
        <source>Tender details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the whole tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social value section&apos;s weight of the whole tender. PPN 002 expects at least 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In moderation, scores spread by at least this share of the scale are flagged for discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In moderation, scores spread by more than this share of the scale are flagged as split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disqualify a bid below any minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15/01/2027 12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time (UK time) by which bidders must return the questionnaire, e.g. 15/01/2027 12:00 or 15 Jan 2027 2pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for returns, as bidders will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Through the council&apos;s e-tendering portal, by 12:00 on 8 January 2027; answers are shared with every bidder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value weight warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender details message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract value (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value &amp;weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss scores spread by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split scores spread above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum rationale length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bidders ask clarification questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify a bid that misses any minimum threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value weight, as a percentage of the whole tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns are due by %1 (UK time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the questionnaire cannot be published without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1% is below the 10% minimum that PPN 002 expects. Allowed, but record the reason in the evaluation report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenderTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-op or democratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A co-op bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply chain promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply chain delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (legal form: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Chosen measures and their weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen measures: weight, minimum and word limit can be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share e&amp;qually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every measure the same weight, to two decimals, totalling exactly 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1% — complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1% — must be exactly 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the social value marks; all weights must total exactly 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional threshold: a scale point (qualitative) or a quantity (quantitative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the most words a bidder&apos;s response may have (stated in the questionnaire). Leave empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a quantity is marked. Press Enter or choose Edit method to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the tender&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative to the best bid, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands (%1%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded only, not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;CoopEval&lt;/h2&gt;&lt;p&gt;Everything an evaluation panel records for its tenders is kept in one workspace file. Create one, open one, or explore the demo.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace &amp;read-only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at a workspace without being able to change it, such as an archived, signed-off record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the &amp;frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawBidDialog</name>
    <message>
        <source>Withdraw bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the bid from %1? It stays on record, marked withdrawn, and is no longer scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The bidder withdrew by email on 3 March 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <source>NOT SAVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Moderation grid: measures down, bids across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (Procurement Act 2023 s.98)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1&apos;s passphrase? Their old passphrase stops working at once. You are shown a one-time code to give them in person; they then choose a new passphrase that you never learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the pack passphrase again, to be sure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ; nothing was exported. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved. Copy them from the details below before they are lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace on a shared drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on a local copy; use File → Save a copy to put it back on the shared drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a local copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the tender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the evaluator pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rea&amp;d-only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import tender (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export tender (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend and re&amp;gisters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por&amp;tfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
