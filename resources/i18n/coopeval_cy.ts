<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
    <context>
        <name>AreaTableModel</name>
        <message>
            <source>Year</source>
            <translation>Blwyddyn</translation>
        </message>
        <message>
            <source>Expense area</source>
            <translation>Maes gwariant</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Gwariant</translation>
        </message>
        <message>
            <source>Co-op or democratic</source>
            <translation>Cydweithredol neu ddemocrataidd</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Heb eu paru</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Cyfran</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>heb ei roi</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>{time} on {date}</source>
            <translation>{time} ar {date}</translation>
        </message>
        <message>
            <source>Notes not saved</source>
            <translation>Nodiadau heb eu cadw</translation>
        </message>
        <message>
            <source>{count} note(s) could not be saved. Copy them from the details below before they are lost.</source>
            <translation>Nid oedd modd cadw {count} nodyn. Copïwch nhw o'r manylion isod cyn iddynt gael eu colli.</translation>
        </message>
        <message>
            <source>Where in the bid</source>
            <translation>Ble yn y cynnig</translation>
        </message>
        <message>
            <source>Reason for abstaining</source>
            <translation>Rheswm dros ymatal</translation>
        </message>
    </context>
    <context>
        <name>Award</name>
        <message>
            <source>Monday</source>
            <translation>Dydd Llun</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dydd Mawrth</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Dydd Mercher</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Dydd Iau</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Dydd Gwener</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Dydd Sadwrn</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Dydd Sul</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Approaching target</source>
            <translation>Yn agosáu at y targed</translation>
        </message>
        <message>
            <source>Requires improvement</source>
            <translation>Angen gwella</translation>
        </message>
        <message>
            <source>Inadequate</source>
            <translation>Annigonol</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <source>an exemption</source>
            <translation>esemptiad</translation>
        </message>
        <message>
            <source>No standstill applies: %1.</source>
            <translation>Nid oes cyfnod segur yn gymwys: %1.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Rheswm: %1</translation>
        </message>
        <message>
            <source>The standstill's last day is not known.</source>
            <translation>Nid yw diwrnod olaf y cyfnod segur yn hysbys.</translation>
        </message>
        <message>
            <source>Standstill ends at the end of %1</source>
            <translation>Mae'r cyfnod segur yn dod i ben ar ddiwedd %1</translation>
        </message>
        <message>
            <source>Standstill ends at the end of %1; the contract may be entered into from %2.</source>
            <translation>Mae'r cyfnod segur yn dod i ben ar ddiwedd %1; gellir ymrwymo i'r contract o %2 ymlaen.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>heb ei gofnodi</translation>
        </message>
        <message>
            <source>(no measurable target)</source>
            <translation>(dim targed mesuradwy)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>dim eto</translation>
        </message>
    </context>
    <context>
        <name>AwardModelChart</name>
        <message>
            <source>Value awarded by ownership model</source>
            <translation>Gwerth a ddyfarnwyd yn ôl model perchnogaeth</translation>
        </message>
        <message>
            <source>Value awarded by ownership model:</source>
            <translation>Gwerth a ddyfarnwyd yn ôl model perchnogaeth:</translation>
        </message>
        <message>
            <source>{model}: {amount} ({share})</source>
            <translation>{model}: {amount} ({share})</translation>
        </message>
        <message>
            <source>Co-operative or democratic</source>
            <translation>Cydweithredol neu ddemocrataidd</translation>
        </message>
        <message>
            <source>Not</source>
            <translation>Ddim</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Heb ei gofnodi</translation>
        </message>
    </context>
    <context>
        <name>AwardPage</name>
        <message>
            <source>Where the award stands</source>
            <translation>Cyflwr y dyfarniad</translation>
        </message>
        <message>
            <source>The award</source>
            <translation>Y dyfarniad</translation>
        </message>
        <message>
            <source>Awarded to</source>
            <translation>Wedi'i ddyfarnu i</translation>
        </message>
        <message>
            <source>Awarded value</source>
            <translation>Gwerth a ddyfarnwyd</translation>
        </message>
        <message>
            <source>Contract award notice</source>
            <translation>Hysbysiad dyfarnu contract</translation>
        </message>
        <message>
            <source>Assessment summaries sent</source>
            <translation>Crynodebau asesu wedi'u hanfon</translation>
        </message>
        <message>
            <source>Contract start</source>
            <translation>Dechrau'r contract</translation>
        </message>
        <message>
            <source>Contract end</source>
            <translation>Diwedd y contract</translation>
        </message>
        <message>
            <source>Contract entered into</source>
            <translation>Dyddiad ymrwymo i'r contract</translation>
        </message>
        <message>
            <source>Standstill</source>
            <translation>Cyfnod segur</translation>
        </message>
        <message>
            <source>&amp;Record the award…</source>
            <translation>&amp;Cofnodi'r dyfarniad…</translation>
        </message>
        <message>
            <source>Record the award</source>
            <translation>Cofnodi'r dyfarniad</translation>
        </message>
        <message>
            <source>&amp;Withdraw the award…</source>
            <translation>&amp;Tynnu'r dyfarniad yn ôl…</translation>
        </message>
        <message>
            <source>Withdraw the award</source>
            <translation>Tynnu'r dyfarniad yn ôl</translation>
        </message>
        <message>
            <source>Start &amp;delivery</source>
            <translation>Dechrau'r c&amp;yflawni</translation>
        </message>
        <message>
            <source>Start delivery</source>
            <translation>Dechrau'r cyflawni</translation>
        </message>
        <message>
            <source>&amp;Close the contract</source>
            <translation>C&amp;au'r contract</translation>
        </message>
        <message>
            <source>Close the contract</source>
            <translation>Cau'r contract</translation>
        </message>
        <message>
            <source>What recording the award does</source>
            <translation>Beth mae cofnodi'r dyfarniad yn ei wneud</translation>
        </message>
        <message>
            <source>When the contract award notice is published, record the award here: the winning bid (the one the results rank first is offered first), the notice date, from which the standstill is worked out, the contract's dates and its value. Each accepted commitment of the winning bid then becomes a contract commitment.</source>
            <translation>Pan gyhoeddir yr hysbysiad dyfarnu contract, cofnodwch y dyfarniad yma: y cynnig buddugol (cynigir yn gyntaf yr un sydd gyntaf yn y canlyniadau), dyddiad yr hysbysiad, y cyfrifir y cyfnod segur ohono, dyddiadau'r contract a'i werth. Yna daw pob ymrwymiad a dderbyniwyd yn y cynnig buddugol yn ymrwymiad contract.</translation>
        </message>
        <message>
            <source>Commitments register</source>
            <translation>Cofrestr ymrwymiadau</translation>
        </message>
        <message>
            <source>Warning about the s.52 KPIs</source>
            <translation>Rhybudd am DPAau a.52</translation>
        </message>
        <message>
            <source>Commitments still to lift from the response</source>
            <translation>Ymrwymiadau i'w codi o'r ymateb o hyd</translation>
        </message>
        <message>
            <source>Contract commitments</source>
            <translation>Ymrwymiadau'r contract</translation>
        </message>
        <message>
            <source>&amp;Add commitment…</source>
            <translation>&amp;Ychwanegu ymrwymiad…</translation>
        </message>
        <message>
            <source>Add a commitment</source>
            <translation>Ychwanegu ymrwymiad</translation>
        </message>
        <message>
            <source>&amp;Edit commitment…</source>
            <translation>&amp;Golygu ymrwymiad…</translation>
        </message>
        <message>
            <source>Edit the chosen commitment</source>
            <translation>Golygu'r ymrwymiad a ddewiswyd</translation>
        </message>
        <message>
            <source>Re&amp;move commitment…</source>
            <translation>&amp;Dileu ymrwymiad…</translation>
        </message>
        <message>
            <source>Remove the chosen commitment</source>
            <translation>Dileu'r ymrwymiad a ddewiswyd</translation>
        </message>
        <message>
            <source>How commitments can change</source>
            <translation>Sut y gall ymrwymiadau newid</translation>
        </message>
        <message>
            <source>Contract changes</source>
            <translation>Newidiadau i'r contract</translation>
        </message>
        <message>
            <source>No contract changes</source>
            <translation>Dim newidiadau i'r contract</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Canlyniad y weithred ddiwethaf</translation>
        </message>
        <message>
            <source>s.52: %1</source>
            <translation>a.52: %1</translation>
        </message>
        <message>
            <source>Still to do: replace the seeded wording of %1 with the specific commitments lifted from the winning response (Add commitment, or Edit).</source>
            <translation>I'w wneud o hyd: rhoi'r ymrwymiadau penodol a godwyd o'r ymateb buddugol yn lle geiriad cychwynnol %1 (Ychwanegu ymrwymiad, neu Golygu).</translation>
        </message>
        <message>
            <source>No contract changes have been recorded.</source>
            <translation>Ni chofnodwyd unrhyw newidiadau i'r contract.</translation>
        </message>
        <message>
            <source>The contract is closed: the commitments are frozen.</source>
            <translation>Mae'r contract ar gau: mae'r ymrwymiadau wedi'u rhewi.</translation>
        </message>
        <message>
            <source>Delivery has started: each change needs a reason and is listed as a contract change.</source>
            <translation>Mae'r cyflawni wedi dechrau: mae angen rheswm dros bob newid, ac fe'i rhestrir fel newid i'r contract.</translation>
        </message>
        <message>
            <source>Until delivery starts, commitments can be changed freely; each change is in the audit log.</source>
            <translation>Hyd nes y bydd y cyflawni'n dechrau, gellir newid ymrwymiadau'n rhydd; mae pob newid yn y log archwilio.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not awarded&lt;/b&gt; — %1 is signed off. Record the award once the contract award notice is published.</source>
            <translation>&lt;b&gt;Heb ei ddyfarnu&lt;/b&gt; — mae %1 wedi'i gymeradwyo. Cofnodwch y dyfarniad pan gyhoeddir yr hysbysiad dyfarnu contract.</translation>
        </message>
        <message>
            <source>The last award was withdrawn: %1</source>
            <translation>Tynnwyd y dyfarniad diwethaf yn ôl: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Awarded&lt;/b&gt; — %1. Check the commitments and tick the contract's KPIs, then start delivery: after that each change to a commitment needs a reason.</source>
            <translation>&lt;b&gt;Wedi'i ddyfarnu&lt;/b&gt; — %1. Gwiriwch yr ymrwymiadau a thiciwch DPAau'r contract, yna dechreuwch y cyflawni: ar ôl hynny mae angen rheswm dros bob newid i ymrwymiad.</translation>
        </message>
        <message>
            <source>&lt;b&gt;In delivery&lt;/b&gt; — %1. The commitments are part of the contract; a change needs a reason and is recorded as a contract change.</source>
            <translation>&lt;b&gt;Yn cael ei gyflawni&lt;/b&gt; — %1. Mae'r ymrwymiadau'n rhan o'r contract; mae angen rheswm dros newid, ac fe'i cofnodir fel newid i'r contract.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed&lt;/b&gt; — %1. The contract has ended; its record is kept.</source>
            <translation>&lt;b&gt;Ar gau&lt;/b&gt; — %1. Mae'r contract wedi dod i ben; cedwir ei gofnod.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not awarded&lt;/b&gt; — %1 is in %2. The award comes after sign-off.</source>
            <translation>&lt;b&gt;Heb ei ddyfarnu&lt;/b&gt; — mae %1 yn y cam %2. Daw'r dyfarniad ar ôl y gymeradwyaeth.</translation>
        </message>
        <message>
            <source>The workspace is open read-only: nothing can be changed here.</source>
            <translation>Mae'r gofod gwaith ar agor i'w ddarllen yn unig: ni ellir newid dim yma.</translation>
        </message>
        <message>
            <source>The award is recorded.</source>
            <translation>Mae'r dyfarniad wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>The award to %1 is recorded. %2</source>
            <translation>Mae'r dyfarniad i %1 wedi'i gofnodi. %2</translation>
        </message>
        <message>
            <source>The award is withdrawn; the tender is signed off again, and the reason is in the audit log.</source>
            <translation>Mae'r dyfarniad wedi'i dynnu'n ôl; mae'r tendr wedi'i gymeradwyo eto, ac mae'r rheswm yn y log archwilio.</translation>
        </message>
        <message>
            <source>&amp;Withdraw award</source>
            <translation>&amp;Tynnu'r dyfarniad yn ôl</translation>
        </message>
        <message>
            <source>Withdraw the award? The tender goes back to signed off, its commitments are set aside, and the reason is kept in the audit log.</source>
            <translation>Tynnu'r dyfarniad yn ôl? Bydd y tendr yn mynd yn ôl i fod wedi'i gymeradwyo, rhoddir ei ymrwymiadau o'r neilltu, a chedwir y rheswm yn y log archwilio.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Rheswm</translation>
        </message>
        <message>
            <source>e.g. The standstill brought a challenge that the council upheld.</source>
            <translation>e.e. Daeth her yn ystod y cyfnod segur a gadarnhawyd gan y cyngor.</translation>
        </message>
        <message>
            <source>Start delivery of %1? From then on each change to a commitment needs a reason and is recorded as a contract change.</source>
            <translation>Dechrau cyflawni %1? O hynny ymlaen mae angen rheswm dros bob newid i ymrwymiad, ac fe'i cofnodir fel newid i'r contract.</translation>
        </message>
        <message>
            <source>Delivery has started.</source>
            <translation>Mae'r cyflawni wedi dechrau.</translation>
        </message>
        <message>
            <source>Close the contract of %1? Its commitments and record are kept, but nothing more can be changed.</source>
            <translation>Cau contract %1? Cedwir ei ymrwymiadau a'i gofnod, ond ni ellir newid dim mwy.</translation>
        </message>
        <message>
            <source>The contract is closed.</source>
            <translation>Mae'r contract ar gau.</translation>
        </message>
        <message>
            <source>Remove a commitment</source>
            <translation>Dileu ymrwymiad</translation>
        </message>
        <message>
            <source>Re&amp;move commitment</source>
            <translation>&amp;Dileu'r ymrwymiad</translation>
        </message>
        <message>
            <source>Remove %1 from the commitments register?</source>
            <translation>Dileu %1 o'r gofrestr ymrwymiadau?</translation>
        </message>
        <message>
            <source>Mark this commitment as one of the contract's s.52 KPIs?</source>
            <translation>Nodi'r ymrwymiad hwn fel un o DPAau a.52 y contract?</translation>
        </message>
        <message>
            <source>Stop treating this commitment as one of the contract's s.52 KPIs?</source>
            <translation>Peidio â thrin yr ymrwymiad hwn fel un o DPAau a.52 y contract?</translation>
        </message>
        <message>
            <source>Change the contract's KPIs</source>
            <translation>Newid DPAau'r contract</translation>
        </message>
        <message>
            <source>&amp;Record change</source>
            <translation>&amp;Cofnodi'r newid</translation>
        </message>
        <message>
            <source>Delivery has started: a reason is required, and the change is recorded as a contract change.</source>
            <translation>Mae'r cyflawni wedi dechrau: mae angen rheswm, a chofnodir y newid fel newid i'r contract.</translation>
        </message>
        <message>
            <source>Before delivery a reason is optional; the change is in the audit log.</source>
            <translation>Cyn y cyflawni mae rheswm yn ddewisol; mae'r newid yn y log archwilio.</translation>
        </message>
        <message>
            <source>e.g. Varied by agreement with the supplier on 3 May 2027.</source>
            <translation>e.e. Amrywiwyd drwy gytundeb â'r cyflenwr ar 3 Mai 2027.</translation>
        </message>
    </context>
    <context>
        <name>BidDetailsForm</name>
        <message>
            <source>e.g. Companies House or FCA number</source>
            <translation>e.e. rhif Tŷ'r Cwmnïau neu'r FCA</translation>
        </message>
        <message>
            <source>e.g. 10/01/2027</source>
            <translation>e.e. 10/01/2027</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Calendr…</translation>
        </message>
        <message>
            <source>Choose the date from a calendar</source>
            <translation>Dewiswch y dyddiad o galendr</translation>
        </message>
        <message>
            <source>Choose the received-on date from a calendar</source>
            <translation>Dewiswch y dyddiad derbyn o galendr</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Dyddiad derbyn</translation>
        </message>
        <message>
            <source>Organisation (recorded, never scored)</source>
            <translation>Sefydliad (wedi'i gofnodi, heb gael sgôr byth)</translation>
        </message>
        <message>
            <source>Other organisation answers on record</source>
            <translation>Atebion eraill am y sefydliad sydd ar gofnod</translation>
        </message>
        <message>
            <source>&amp;Identifier</source>
            <translation>&amp;Dynodydd</translation>
        </message>
        <message>
            <source>&amp;Legal name</source>
            <translation>&amp;Enw cyfreithiol</translation>
        </message>
        <message>
            <source>&amp;Trading name</source>
            <translation>Enw &amp;masnachu</translation>
        </message>
        <message>
            <source>Addr&amp;ess</source>
            <translation>C&amp;yfeiriad</translation>
        </message>
        <message>
            <source>E&amp;mail</source>
            <translation>E-&amp;bost</translation>
        </message>
        <message>
            <source>Recei&amp;ved on</source>
            <translation>Dyddiad &amp;derbyn</translation>
        </message>
        <message>
            <source>Evidence for {field}</source>
            <translation>Tystiolaeth ar gyfer {field}</translation>
        </message>
        <message>
            <source>Also on record: {answers}</source>
            <translation>Hefyd ar gofnod: {answers}</translation>
        </message>
        <message>
            <source>Where the answer is shown to be true: a register entry, a document and its page</source>
            <translation>Lle y dangosir bod yr ateb yn wir: cofnod mewn cofrestr, dogfen a'i thudalen</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Heb ei nodi</translation>
        </message>
    </context>
    <context>
        <name>BidLabels</name>
        <message>
            <source>Not stated</source>
            <translation>Heb ei nodi</translation>
        </message>
    </context>
    <context>
        <name>BidTableModel</name>
        <message>
            <source>Bidder</source>
            <translation>Cynigydd</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Dynodydd</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Ymatebion</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>{legal_name}, trading as {trading_name}</source>
            <translation>{legal_name}, yn masnachu fel {trading_name}</translation>
        </message>
        <message>
            <source>{answered} of {measures}</source>
            <translation>{answered} o {measures}</translation>
        </message>
        <message>
            <source>Withdrawn: {reason}</source>
            <translation>Wedi'i dynnu'n ôl: {reason}</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wedi'i dynnu'n ôl</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Gweithredol</translation>
        </message>
    </context>
    <context>
        <name>BidsPage</name>
        <message>
            <source>Why bids cannot be changed</source>
            <translation>Pam na ellir newid y cynigion</translation>
        </message>
        <message>
            <source>Bids in this tender</source>
            <translation>Cynigion yn y tendr hwn</translation>
        </message>
        <message>
            <source>&amp;New bid</source>
            <translation>&amp;Cynnig newydd</translation>
        </message>
        <message>
            <source>New bid</source>
            <translation>Cynnig newydd</translation>
        </message>
        <message>
            <source>&amp;Withdraw bid…</source>
            <translation>&amp;Tynnu cynnig yn ôl…</translation>
        </message>
        <message>
            <source>Withdraw bid</source>
            <translation>Tynnu cynnig yn ôl</translation>
        </message>
        <message>
            <source>Re&amp;sponse template…</source>
            <translation>&amp;Templed ymateb…</translation>
        </message>
        <message>
            <source>Response template</source>
            <translation>Templed ymateb</translation>
        </message>
        <message>
            <source>Import ret&amp;urns…</source>
            <translation>&amp;Mewnforio ffurflenni…</translation>
        </message>
        <message>
            <source>Import returns</source>
            <translation>Mewnforio ffurflenni</translation>
        </message>
        <message>
            <source>Import bidders' filled response templates (.xlsx): choose the files or a folder, or drop them on this page. You see a preview first.</source>
            <translation>Mewnforio templedi ymateb wedi'u llenwi gan gynigwyr (.xlsx): dewiswch y ffeiliau neu ffolder, neu gollyngwch nhw ar y dudalen hon. Fe welwch ragolwg yn gyntaf.</translation>
        </message>
        <message>
            <source>Choose &amp;files…</source>
            <translation>Dewis &amp;ffeiliau…</translation>
        </message>
        <message>
            <source>Choose a f&amp;older…</source>
            <translation>Dewis ff&amp;older…</translation>
        </message>
        <message>
            <source>Returns message</source>
            <translation>Neges y ffurflenni</translation>
        </message>
        <message>
            <source>Bid details status</source>
            <translation>Statws manylion y cynnig</translation>
        </message>
        <message>
            <source>Dis&amp;card changes</source>
            <translation>&amp;Dileu'r newidiadau</translation>
        </message>
        <message>
            <source>Discard changes to the bid details</source>
            <translation>Dileu'r newidiadau i fanylion y cynnig</translation>
        </message>
        <message>
            <source>Save &amp;details</source>
            <translation>Cadw'r m&amp;anylion</translation>
        </message>
        <message>
            <source>Save bid details</source>
            <translation>Cadw manylion y cynnig</translation>
        </message>
        <message>
            <source>Bid details</source>
            <translation>Manylion y cynnig</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Ymatebion</translation>
        </message>
        <message>
            <source>The response template cannot be written yet</source>
            <translation>Ni ellir ysgrifennu'r templed ymateb eto</translation>
        </message>
        <message>
            <source>Write the Excel return bidders fill in: their details and one row per measure.</source>
            <translation>Ysgrifennu'r ffurflen Excel y mae cynigwyr yn ei llenwi: eu manylion ac un rhes i bob mesur.</translation>
        </message>
        <message>
            <source>Bid details: %1</source>
            <translation>Manylion y cynnig: %1</translation>
        </message>
        <message>
            <source>This workspace is open read-only: nothing can be changed.</source>
            <translation>Mae'r gofod gwaith hwn ar agor i'w ddarllen yn unig: ni ellir newid dim.</translation>
        </message>
        <message>
            <source>Bids can be added or changed only in draft or evaluation; this tender is in %1.</source>
            <translation>Dim ond yn ystod y drafft neu'r gwerthuso y gellir ychwanegu neu newid cynigion; mae'r tendr hwn yn y cam %1.</translation>
        </message>
        <message>
            <source>A bid can still be withdrawn until sign-off.</source>
            <translation>Gellir tynnu cynnig yn ôl o hyd hyd nes y cymeradwyaeth.</translation>
        </message>
        <message>
            <source>%1 withdrew: %2</source>
            <translation>Tynnodd %1 yn ôl: %2</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Wedi cadw.</translation>
        </message>
        <message>
            <source>Not saved, %1 problems:
%2</source>
            <translation>Heb gadw, %1 problem:
%2</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Heb gadw: %1</translation>
        </message>
        <message>
            <source>Fill in the new bid's details, then save.</source>
            <translation>Llenwch fanylion y cynnig newydd, yna cadwch.</translation>
        </message>
    </context>
    <context>
        <name>ChangeTableModel</name>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Beth newidiodd</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Cyn</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Ar ôl</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Rheswm</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Gan</translation>
        </message>
        <message>
            <source>Commitment's words</source>
            <translation>Geiriad yr ymrwymiad</translation>
        </message>
        <message>
            <source>Promised figure</source>
            <translation>Y ffigur a addawyd</translation>
        </message>
        <message>
            <source>s.52 KPI</source>
            <translation>DPA a.52</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ychwanegwyd</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Tynnwyd</translation>
        </message>
    </context>
    <context>
        <name>ChecklistBox</name>
        <message>
            <source>Sign-off checklist</source>
            <translation>Rhestr wirio cymeradwyo</translation>
        </message>
        <message>
            <source>✓ Done</source>
            <translation>✓ Wedi'i wneud</translation>
        </message>
        <message>
            <source>✗ To do</source>
            <translation>✗ I'w wneud</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi'i wneud</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>I'w wneud</translation>
        </message>
        <message>
            <source>Done: </source>
            <translation>Wedi'i wneud: </translation>
        </message>
        <message>
            <source>To do: </source>
            <translation>I'w wneud: </translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Ewch i %1</translation>
        </message>
        <message>
            <source>Go to the %1 page to fix: %2</source>
            <translation>Ewch i'r dudalen %1 i gywiro: %2</translation>
        </message>
        <message>
            <source>Moderation is complete.</source>
            <translation>Mae'r cymedroli wedi'i gwblhau.</translation>
        </message>
        <message>
            <source>Moderation is open.</source>
            <translation>Mae'r cymedroli ar agor.</translation>
        </message>
        <message>
            <source>Evaluation has not started: the officer starts it on the Set-up page.</source>
            <translation>Nid yw'r gwerthuso wedi dechrau: mae'r swyddog yn ei ddechrau ar y dudalen Gosod.</translation>
        </message>
        <message>
            <source>Moderation has not opened: open it once every evaluator has submitted.</source>
            <translation>Nid yw'r cymedroli wedi agor: agorwch ef pan fydd pob gwerthuswr wedi cyflwyno.</translation>
        </message>
        <message>
            <source>Every bid × measure has a consensus score.</source>
            <translation>Mae gan bob cynnig × mesur sgôr consensws.</translation>
        </message>
        <message>
            <source>Consensus scores are agreed in moderation.</source>
            <translation>Cytunir ar sgoriau consensws wrth gymedroli.</translation>
        </message>
        <message>
            <source>{count} bid × measure item(s) have no consensus score.</source>
            <translation>Nid oes sgôr consensws gan {count} eitem cynnig × mesur.</translation>
        </message>
        <message>
            <source>{count} declared interest(s) await the officer's resolution.</source>
            <translation>Mae {count} buddiant a ddatganwyd yn aros i'r swyddog eu datrys.</translation>
        </message>
        <message>
            <source>{count} draft score(s) were never submitted.</source>
            <translation>Ni chyflwynwyd {count} sgôr drafft erioed.</translation>
        </message>
        <message>
            <source>Every declared interest is resolved.</source>
            <translation>Mae pob buddiant a ddatganwyd wedi'i ddatrys.</translation>
        </message>
        <message>
            <source>No draft scores: every score was submitted.</source>
            <translation>Dim sgoriau drafft: cyflwynwyd pob sgôr.</translation>
        </message>
        <message>
            <source>Every panel member who scored has signed this round.</source>
            <translation>Mae pob aelod o'r panel a sgoriodd wedi llofnodi'r rownd hon.</translation>
        </message>
        <message>
            <source>Still to sign this round: %1.</source>
            <translation>Heb lofnodi'r rownd hon eto: %1.</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Copïo'r cod</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Wedi'i gopïo</translation>
        </message>
        <message>
            <source>I have &amp;kept the recovery code</source>
            <translation>Rwyf wedi &amp;cadw'r cod adfer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Copied. Paste it where it will be safe, then clear the clipboard.</source>
            <translation>Wedi'i gopïo. Gludwch ef rywle diogel, yna cliriwch y clipfwrdd.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Cod adfer</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Write this recovery code down, or store it in a safe place such as your council's password manager, now.&lt;/b&gt; It is shown only this once: CoopEval keeps only a fingerprint of it (a hash), never the code.&lt;/p&gt;&lt;p&gt;With it, an officer who has forgotten their passphrase can set a new one when there is no other officer to reset it (Sign in → Forgot your passphrase?). Using it gives you a new recovery code.&lt;/p&gt;&lt;p&gt;Keep it away from this computer's workspace file: anyone with the code and the file can become an officer.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ysgrifennwch y cod adfer hwn, neu cadwch ef mewn lle diogel fel rheolwr cyfrineiriau eich cyngor, nawr.&lt;/b&gt; Dim ond y tro hwn y caiff ei ddangos: dim ond ôl bys ohono (hash) y mae CoopEval yn ei gadw, nid y cod byth.&lt;/p&gt;&lt;p&gt;Gydag ef, gall swyddog sydd wedi anghofio ei gyfrinymadrodd osod un newydd pan nad oes swyddog arall i'w ailosod (Mewngofnodi → Wedi anghofio'ch cyfrinymadrodd?). Wrth ei ddefnyddio cewch god adfer newydd.&lt;/p&gt;&lt;p&gt;Cadwch ef ar wahân i ffeil gofod gwaith y cyfrifiadur hwn: gall unrhyw un sydd â'r cod a'r ffeil ddod yn swyddog.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>One-time code for {name}</source>
            <translation>Cod untro ar gyfer {name}</translation>
        </message>
        <message>
            <source>&lt;p&gt;{name}'s old passphrase no longer works. Give {name} this one-time code &lt;b&gt;in person&lt;/b&gt; (not by email). It is shown only this once.&lt;/p&gt;&lt;p&gt;{name} signs in by choosing their name, typing the code and choosing a new passphrase, which you never learn.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Nid yw hen gyfrinymadrodd {name} yn gweithio mwyach. Rhowch y cod untro hwn i {name} &lt;b&gt;wyneb yn wyneb&lt;/b&gt; (nid drwy e-bost). Dim ond y tro hwn y caiff ei ddangos.&lt;/p&gt;&lt;p&gt;Mae {name} yn mewngofnodi drwy ddewis ei enw, teipio'r cod a dewis cyfrinymadrodd newydd, na fyddwch chi byth yn ei wybod.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>CommitmentDialog</name>
        <message>
            <source>Problem with the commitment</source>
            <translation>Problem gyda'r ymrwymiad</translation>
        </message>
        <message>
            <source>Add a commitment</source>
            <translation>Ychwanegu ymrwymiad</translation>
        </message>
        <message>
            <source>Edit a commitment</source>
            <translation>Golygu ymrwymiad</translation>
        </message>
        <message>
            <source>&amp;Add commitment</source>
            <translation>&amp;Ychwanegu ymrwymiad</translation>
        </message>
        <message>
            <source>&amp;Save commitment</source>
            <translation>&amp;Cadw'r ymrwymiad</translation>
        </message>
        <message>
            <source>What the supplier will do, as the contract will say it.</source>
            <translation>Beth fydd y cyflenwr yn ei wneud, fel y bydd y contract yn ei ddweud.</translation>
        </message>
        <message>
            <source>a number where one can be measured; empty where none can</source>
            <translation>rhif lle gellir mesur un; yn wag lle na ellir</translation>
        </message>
        <message>
            <source>Why it changes: e.g. Varied by agreement on 3 May 2027.</source>
            <translation>Pam mae'n newid: e.e. Amrywiwyd drwy gytundeb ar 3 Mai 2027.</translation>
        </message>
        <message>
            <source>Measure &amp;code</source>
            <translation>&amp;Cod y mesur</translation>
        </message>
        <message>
            <source>Co&amp;mmitment</source>
            <translation>&amp;Ymrwymiad</translation>
        </message>
        <message>
            <source>&amp;Promised</source>
            <translation>&amp;Addawyd</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Rheswm</translation>
        </message>
        <message>
            <source>Delivery has started: the commitments are part of the contract, so a change needs a reason, and is recorded as a contract change.</source>
            <translation>Mae'r cyflawni wedi dechrau: mae'r ymrwymiadau'n rhan o'r contract, felly mae angen rheswm dros newid, a chaiff ei gofnodi fel newid i'r contract.</translation>
        </message>
        <message>
            <source>Until delivery starts, commitments can be changed freely (each change is in the audit log); a reason is optional.</source>
            <translation>Hyd nes i'r cyflawni ddechrau, gellir newid ymrwymiadau'n rhydd (mae pob newid yn y log archwilio); mae rheswm yn ddewisol.</translation>
        </message>
    </context>
    <context>
        <name>CommitmentTableModel</name>
        <message>
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Ymrwymiad</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Addawyd</translation>
        </message>
        <message>
            <source>s.52 KPI</source>
            <translation>DPA a.52</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Cyflawnwyd</translation>
        </message>
        <message>
            <source>Latest rating</source>
            <translation>Sgôr ddiweddaraf</translation>
        </message>
        <message>
            <source>Ticked: one of the contract's key performance indicators (Procurement Act 2023 s.52)</source>
            <translation>Wedi'i dicio: un o ddangosyddion perfformiad allweddol (DPA) y contract (Deddf Caffael 2023 a.52)</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>DPA</translation>
        </message>
        <message>
            <source>not a KPI</source>
            <translation>nid yw'n DPA</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPassphraseDialog</name>
        <message>
            <source>Confirm with your passphrase</source>
            <translation>Cadarnhau gyda'ch cyfrinymadrodd</translation>
        </message>
        <message>
            <source>This carries your name in the record. Type your passphrase again, {name}.</source>
            <translation>Mae hyn yn rhoi eich enw yn y cofnod. Teipiwch eich cyfrinymadrodd eto, {name}.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cyfrinymadrodd:</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Workspaces</source>
            <translation>Gofodau gwaith</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Beth sy'n wahanol</translation>
        </message>
    </context>
    <context>
        <name>ConsensusEditor</name>
        <message>
            <source>over-claim</source>
            <translation>gor-hawlio</translation>
        </message>
        <message>
            <source>double counting</source>
            <translation>cyfrif ddwywaith</translation>
        </message>
        <message>
            <source>business as usual</source>
            <translation>busnes fel arfer</translation>
        </message>
        <message>
            <source>other</source>
            <translation>arall</translation>
        </message>
        <message>
            <source>Consensus so far</source>
            <translation>Y consensws hyd yma</translation>
        </message>
        <message>
            <source>The chosen consensus score and what it means</source>
            <translation>Y sgôr consensws a ddewiswyd a'i hystyr</translation>
        </message>
        <message>
            <source>Proposed score</source>
            <translation>Y sgôr a gynigir</translation>
        </message>
        <message>
            <source>Use the proposed median as the consensus score</source>
            <translation>Defnyddio'r canolrif a gynigir fel y sgôr consensws</translation>
        </message>
        <message>
            <source>The bid's committed quantity</source>
            <translation>Y swm a ymrwymwyd yn y cynnig</translation>
        </message>
        <message>
            <source>Accepted quantity</source>
            <translation>Y swm a dderbyniwyd</translation>
        </message>
        <message>
            <source>Why the accepted quantity differs from the commitment</source>
            <translation>Pam mae'r swm a dderbyniwyd yn wahanol i'r ymrwymiad</translation>
        </message>
        <message>
            <source>(accepted as committed)</source>
            <translation>(derbyniwyd fel yr ymrwymwyd)</translation>
        </message>
        <message>
            <source>Details of the reason for a lower quantity</source>
            <translation>Manylion y rheswm dros swm is</translation>
        </message>
        <message>
            <source>e.g. six of the posts are TUPE transfers, not new jobs</source>
            <translation>e.e. trosglwyddiadau TUPE yw chwech o'r swyddi, nid swyddi newydd</translation>
        </message>
        <message>
            <source>Accept every commitment as committed…</source>
            <translation>Derbyn pob ymrwymiad fel yr ymrwymwyd…</translation>
        </message>
        <message>
            <source>Accept every commitment as committed: a consensus for each quantitative item without one, at the bid's commitment, with one rationale</source>
            <translation>Derbyn pob ymrwymiad fel yr ymrwymwyd: consensws i bob eitem feintiol heb un, ar ymrwymiad y cynnig, gydag un rhesymeg</translation>
        </message>
        <message>
            <source>A&amp;ccepted:</source>
            <translation>&amp;Derbyniwyd:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Rheswm:</translation>
        </message>
        <message>
            <source>Ra&amp;tionale (required): why the panel agreed this, by reference to the bid and the scale</source>
            <translation>&amp;Rhesymeg (gofynnol): pam y cytunodd y panel ar hyn, gan gyfeirio at y cynnig a'r raddfa</translation>
        </message>
        <message>
            <source>Consensus rationale</source>
            <translation>Rhesymeg y consensws</translation>
        </message>
        <message>
            <source>Rationale checks (flags only: recording is never refused for them)</source>
            <translation>Gwiriadau'r rhesymeg (rhybuddion yn unig: ni wrthodir cofnodi o'u herwydd)</translation>
        </message>
        <message>
            <source>Panel members present</source>
            <translation>Aelodau'r panel sy'n bresennol</translation>
        </message>
        <message>
            <source>Why the consensus was not recorded</source>
            <translation>Pam na chofnodwyd y consensws</translation>
        </message>
        <message>
            <source>Record consensus</source>
            <translation>Cofnodi consensws</translation>
        </message>
        <message>
            <source>Record the consensus (Ctrl+Enter)</source>
            <translation>Cofnodi'r consensws (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;Present:</source>
            <translation>&amp;Yn bresennol:</translation>
        </message>
        <message>
            <source>Consensus score %1: %2</source>
            <translation>Sgôr consensws %1: %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;Consensus&lt;/b&gt;: not recorded yet.</source>
            <translation>&lt;b&gt;Consensws&lt;/b&gt;: heb ei gofnodi eto.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Consensus&lt;/b&gt;: recorded; recording again revises it (the earlier one stays in the history).</source>
            <translation>&lt;b&gt;Consensws&lt;/b&gt;: wedi'i gofnodi; mae cofnodi eto yn ei ddiwygio (mae'r un cynharach yn aros yn yr hanes).</translation>
        </message>
        <message>
            <source>Committed: %1</source>
            <translation>Ymrwymwyd: %1</translation>
        </message>
        <message>
            <source>Within tolerance: the median %1 is proposed; accepting it still needs a confirming rationale.</source>
            <translation>O fewn y goddefiant: cynigir y canolrif %1; mae angen rhesymeg i'w gadarnhau o hyd os caiff ei dderbyn.</translation>
        </message>
        <message>
            <source>No score is proposed: the scores do not agree within tolerance, so the panel discusses them.</source>
            <translation>Ni chynigir sgôr: nid yw'r sgoriau'n cytuno o fewn y goddefiant, felly mae'r panel yn eu trafod.</translation>
        </message>
        <message>
            <source>Use the proposed %1</source>
            <translation>Defnyddio'r %1 a gynigir</translation>
        </message>
        <message>
            <source>Use the proposed</source>
            <translation>Defnyddio'r sgôr a gynigir</translation>
        </message>
        <message>
            <source>Check the rationale (you can still record it):</source>
            <translation>Gwiriwch y rhesymeg (gallwch ei chofnodi o hyd):</translation>
        </message>
        <message>
            <source>Rationale checks: nothing flagged.</source>
            <translation>Gwiriadau'r rhesymeg: dim i'w nodi.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No score chosen.&lt;/b&gt; Click a score, or press Alt and its digit.</source>
            <translation>&lt;b&gt;Dim sgôr wedi'i dewis.&lt;/b&gt; Cliciwch ar sgôr, neu pwyswch Alt a'i digid.</translation>
        </message>
    </context>
    <context>
        <name>CriterionDialog</name>
        <message>
            <source>Problem with the criterion</source>
            <translation>Problem gyda'r maen prawf</translation>
        </message>
        <message>
            <source>Edit award criterion</source>
            <translation>Golygu maen prawf dyfarnu</translation>
        </message>
        <message>
            <source>Add award criterion</source>
            <translation>Ychwanegu maen prawf dyfarnu</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ychwanegu</translation>
        </message>
        <message>
            <source>e.g. Price, Quality of the method statement</source>
            <translation>e.e. Pris, Ansawdd y datganiad dull</translation>
        </message>
        <message>
            <source>% of the whole tender, e.g. 60</source>
            <translation>% o'r tendr cyfan, e.e. 60</translation>
        </message>
        <message>
            <source>the top of its scale, e.g. 100 or 5</source>
            <translation>brig ei raddfa, e.e. 100 neu 5</translation>
        </message>
        <message>
            <source>How it is scored, as the tender documents say</source>
            <translation>Sut y caiff ei sgorio, fel y dywed dogfennau'r tendr</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Math</translation>
        </message>
        <message>
            <source>&amp;Weight (%)</source>
            <translation>&amp;Pwysiad (%)</translation>
        </message>
        <message>
            <source>&amp;Out of</source>
            <translation>&amp;Allan o</translation>
        </message>
        <message>
            <source>&amp;How it is scored</source>
            <translation>S&amp;ut y caiff ei sgorio</translation>
        </message>
    </context>
    <context>
        <name>DeclarationPrompt</name>
        <message>
            <source>Declaration of interests</source>
            <translation>Datgan buddiannau</translation>
        </message>
        <message>
            <source>The bidders</source>
            <translation>Y cynigwyr</translation>
        </message>
        <message>
            <source>I have no interest to declare</source>
            <translation>Nid oes gennyf fuddiant i'w ddatgan</translation>
        </message>
        <message>
            <source>Declare an interest…</source>
            <translation>Datgan buddiant…</translation>
        </message>
        <message>
            <source>Declare an interest</source>
            <translation>Datgan buddiant</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Declare any conflict of interest first&lt;/h3&gt;&lt;p&gt;%1, before you see any bid, declare whether you have a personal, professional or financial interest in any bidder or in the outcome of this tender. The declaration is kept in the tender's register.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Datganwch unrhyw wrthdaro buddiannau yn gyntaf&lt;/h3&gt;&lt;p&gt;%1, cyn i chi weld unrhyw gynnig, datganwch a oes gennych fuddiant personol, proffesiynol neu ariannol mewn unrhyw gynigydd neu yng nghanlyniad y tendr hwn. Cedwir y datganiad yng nghofrestr y tendr.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The bidders are:</source>
            <translation>Y cynigwyr yw:</translation>
        </message>
        <message>
            <source>No bid has been received yet.</source>
            <translation>Nid oes cynnig wedi dod i law eto.</translation>
        </message>
        <message>
            <source>Waiting for the officer</source>
            <translation>Yn aros am y swyddog</translation>
        </message>
    </context>
    <context>
        <name>DeclareDialog</name>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Datgan gwrthdaro buddiannau</translation>
        </message>
        <message>
            <source>&amp;Record declaration</source>
            <translation>&amp;Cofnodi'r datganiad</translation>
        </message>
        <message>
            <source>The whole tender (every bid)</source>
            <translation>Y tendr cyfan (pob cynnig)</translation>
        </message>
        <message>
            <source> (withdrawn)</source>
            <translation> (wedi'i dynnu'n ôl)</translation>
        </message>
        <message>
            <source>Who or what, and how: e.g. My partner owns shares in the bidder.</source>
            <translation>Pwy neu beth, a sut: e.e. Mae fy mhartner yn berchen ar gyfranddaliadau yn y cynigydd.</translation>
        </message>
        <message>
            <source>Declare before seeing any bid. Declare “No interest” for the whole tender if you have none; declare each interest, for the whole tender or for one bid. A new declaration replaces your current one for the same scope; the old one stays in the register.</source>
            <translation>Gwnewch ddatganiad cyn gweld unrhyw gynnig. Datganwch “Dim buddiant” ar gyfer y tendr cyfan os nad oes gennych un; datganwch bob buddiant, ar gyfer y tendr cyfan neu ar gyfer un cynnig. Mae datganiad newydd yn disodli'ch datganiad presennol ar gyfer yr un cwmpas; mae'r hen un yn aros yn y gofrestr.</translation>
        </message>
        <message>
            <source>&amp;Member</source>
            <translation>&amp;Aelod</translation>
        </message>
        <message>
            <source>&amp;Scope</source>
            <translation>C&amp;wmpas</translation>
        </message>
        <message>
            <source>&amp;Interest</source>
            <translation>&amp;Buddiant</translation>
        </message>
        <message>
            <source>&amp;Nature</source>
            <translation>&amp;Natur</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>Ma&amp;nylion</translation>
        </message>
        <message>
            <source>Warning about this declaration</source>
            <translation>Rhybudd am y datganiad hwn</translation>
        </message>
        <message>
            <source>{member} is excluded from this by the officer's resolution (no. {number}). A new declaration replaces that one; the exclusion stays in the register but no longer applies.</source>
            <translation>Mae {member} wedi'i eithrio o hyn gan benderfyniad y swyddog (rhif {number}). Mae datganiad newydd yn disodli'r un hwnnw; mae'r eithriad yn aros yn y gofrestr ond nid yw'n berthnasol mwyach.</translation>
        </message>
        <message>
            <source>{member}'s declaration no. {number} for this still awaits the officer's resolution; a new declaration replaces it.</source>
            <translation>Mae datganiad rhif {number} gan {member} ar gyfer hyn yn dal i aros am benderfyniad y swyddog; mae datganiad newydd yn ei ddisodli.</translation>
        </message>
    </context>
    <context>
        <name>DeclareInterestDialog</name>
        <message>
            <source>Personal</source>
            <translation>Personol</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Proffesiynol</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>Ariannol</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Gwirioneddol</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Posibl</translation>
        </message>
        <message>
            <source>Perceived</source>
            <translation>Canfyddedig</translation>
        </message>
        <message>
            <source>Declare an interest</source>
            <translation>Datgan buddiant</translation>
        </message>
        <message>
            <source>Kind of interest</source>
            <translation>Math o fuddiant</translation>
        </message>
        <message>
            <source>Nature of the interest</source>
            <translation>Natur y buddiant</translation>
        </message>
        <message>
            <source>Whom the interest concerns</source>
            <translation>Pwy mae'r buddiant yn ymwneud â nhw</translation>
        </message>
        <message>
            <source>The tender as a whole</source>
            <translation>Y tendr cyfan</translation>
        </message>
        <message>
            <source>Details of the interest</source>
            <translation>Manylion y buddiant</translation>
        </message>
        <message>
            <source>Who or what the interest concerns, and how.</source>
            <translation>Pwy neu beth mae'r buddiant yn ymwneud ag ef, a sut.</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>Datgan</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Buddiant</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Natur</translation>
        </message>
        <message>
            <source>Concerning</source>
            <translation>Yn ymwneud â</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>The officer resolves the interest; until then the bids it concerns stay hidden.</source>
            <translation>Mae'r swyddog yn datrys y buddiant; tan hynny, mae'r cynigion y mae'n ymwneud â nhw yn aros yn gudd.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryChart</name>
        <message>
            <source>* a short period</source>
            <translation>* cyfnod byr</translation>
        </message>
        <message>
            <source>{title}: promised {figure}</source>
            <translation>{title}: addawyd {figure}</translation>
        </message>
        <message>
            <source>{title}: no figure promised</source>
            <translation>{title}: dim ffigur wedi'i addo</translation>
        </message>
        <message>
            <source>{period}: {accepted} accepted to date</source>
            <translation>{period}: {accepted} wedi'u derbyn hyd yma</translation>
        </message>
        <message>
            <source>{period}: {accepted} accepted in the period</source>
            <translation>{period}: {accepted} wedi'u derbyn yn y cyfnod</translation>
        </message>
        <message>
            <source>{period}: {accepted} accepted to date, {unchecked} reported, not yet accepted</source>
            <translation>{period}: {accepted} wedi'u derbyn hyd yma, {unchecked} wedi'u hadrodd, heb eu derbyn eto</translation>
        </message>
        <message>
            <source>{period}: {accepted} accepted in the period, {unchecked} reported, not yet accepted</source>
            <translation>{period}: {accepted} wedi'u derbyn yn y cyfnod, {unchecked} wedi'u hadrodd, heb eu derbyn eto</translation>
        </message>
        <message>
            <source>{title} — delivered to date (cumulative)</source>
            <translation>{title} — wedi'i gyflawni hyd yma (cronnus)</translation>
        </message>
        <message>
            <source>{title} — delivered in each period</source>
            <translation>{title} — wedi'i gyflawni ym mhob cyfnod</translation>
        </message>
        <message>
            <source>Promised: {figure} or less</source>
            <translation>Addawyd: {figure} neu lai</translation>
        </message>
        <message>
            <source>Promised: {figure}</source>
            <translation>Addawyd: {figure}</translation>
        </message>
        <message>
            <source>Delivered (accepted)</source>
            <translation>Wedi'i gyflawni (wedi'i dderbyn)</translation>
        </message>
        <message>
            <source>Reported, not yet accepted</source>
            <translation>Wedi'i adrodd, heb ei dderbyn eto</translation>
        </message>
    </context>
    <context>
        <name>DeliveryDialogs</name>
        <message>
            <source>{period} — {name} (short: {first} to {last})</source>
            <translation>{period} — {name} (byr: {first} i {last})</translation>
        </message>
    </context>
    <context>
        <name>DeliveryGrid</name>
        <message>
            <source>Yes</source>
            <translation>Ydy</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nac ydy</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Yn rhannol</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Derbyniwyd</translation>
        </message>
        <message>
            <source>Queried</source>
            <translation>Holwyd</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Gwrthodwyd</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Yn yr arfaeth</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Approaching target</source>
            <translation>Agosáu at y targed</translation>
        </message>
        <message>
            <source>Requires improvement</source>
            <translation>Angen gwella</translation>
        </message>
        <message>
            <source>Inadequate</source>
            <translation>Annigonol</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <source>{figure} or fewer</source>
            <translation>{figure} neu lai</translation>
        </message>
    </context>
    <context>
        <name>DeliveryGridModel</name>
        <message>
            <source>{period}
short</source>
            <translation>{period}
byr</translation>
        </message>
        <message>
            <source>{period} — a short period: {first} to {last}</source>
            <translation>{period} — cyfnod byr: {first} i {last}</translation>
        </message>
        <message>
            <source>KPI · {name}
Promised: {promised}</source>
            <translation>DPA · {name}
Addawyd: {promised}</translation>
        </message>
        <message>
            <source>{name}
Promised: {promised}</source>
            <translation>{name}
Addawyd: {promised}</translation>
        </message>
        <message>
            <source>{reported} · 1 file</source>
            <translation>{reported} · 1 ffeil</translation>
        </message>
        <message>
            <source>{reported} · {count} files</source>
            <translation>{reported} · {count} ffeil</translation>
        </message>
        <message>
            <source>—
{mark} Overdue</source>
            <translation>—
{mark} Yn hwyr</translation>
        </message>
        <message>
            <source>Nothing reported; the period has ended.</source>
            <translation>Dim wedi'i adrodd; mae'r cyfnod wedi dod i ben.</translation>
        </message>
        <message>
            <source>Reported: {reported}</source>
            <translation>Adroddwyd: {reported}</translation>
        </message>
        <message>
            <source>Check: {check}</source>
            <translation>Gwiriad: {check}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Rheswm: {reason}</translation>
        </message>
        <message>
            <source>Evidence: {references}</source>
            <translation>Tystiolaeth: {references}</translation>
        </message>
        <message>
            <source>1 evidence file attached</source>
            <translation>1 ffeil dystiolaeth wedi'i hatodi</translation>
        </message>
        <message>
            <source>{count} evidence files attached</source>
            <translation>{count} ffeil dystiolaeth wedi'u hatodi</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Nodyn: {note}</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPage</name>
        <message>
            <source>Evidence (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp *.csv *.txt);;All files (*)</source>
            <translation>Tystiolaeth (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp *.csv *.txt);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Delivery status</source>
            <translation>Statws y cyflawni</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Y weithred ddiwethaf</translation>
        </message>
        <message>
            <source>&amp;Record delivery…</source>
            <translation>&amp;Cofnodi'r cyflawni…</translation>
        </message>
        <message>
            <source>Record what was delivered for the selected commitment and period</source>
            <translation>Cofnodi'r hyn a gyflawnwyd ar gyfer yr ymrwymiad a'r cyfnod a ddewiswyd</translation>
        </message>
        <message>
            <source>Attach &amp;evidence…</source>
            <translation>Atodi &amp;tystiolaeth…</translation>
        </message>
        <message>
            <source>Attach an evidence file to the selected entry</source>
            <translation>Atodi ffeil dystiolaeth i'r cofnod a ddewiswyd</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Derbyn</translation>
        </message>
        <message>
            <source>Accept the selected entry</source>
            <translation>Derbyn y cofnod a ddewiswyd</translation>
        </message>
        <message>
            <source>&amp;Query…</source>
            <translation>&amp;Holi…</translation>
        </message>
        <message>
            <source>Query the selected entry, with a reason</source>
            <translation>Holi am y cofnod a ddewiswyd, gyda rheswm</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>&amp;Gwrthod…</translation>
        </message>
        <message>
            <source>Reject the selected entry, with a reason</source>
            <translation>Gwrthod y cofnod a ddewiswyd, gyda rheswm</translation>
        </message>
        <message>
            <source>Delivery return &amp;template…</source>
            <translation>&amp;Templed ffurflen gyflawni…</translation>
        </message>
        <message>
            <source>Write a delivery return for the supplier to fill in</source>
            <translation>Ysgrifennu ffurflen gyflawni i'r cyflenwr ei llenwi</translation>
        </message>
        <message>
            <source>&amp;Import delivery returns…</source>
            <translation>&amp;Mewnforio ffurflenni cyflawni…</translation>
        </message>
        <message>
            <source>Import the supplier's filled delivery returns, with a preview</source>
            <translation>Mewnforio ffurflenni cyflawni wedi'u llenwi gan y cyflenwr, gyda rhagolwg</translation>
        </message>
        <message>
            <source>Rate &amp;KPIs…</source>
            <translation>Graddio &amp;DPAau…</translation>
        </message>
        <message>
            <source>Rate the KPIs for a rating period</source>
            <translation>Graddio'r DPAau ar gyfer cyfnod graddio</translation>
        </message>
        <message>
            <source>Rating thre&amp;sholds…</source>
            <translation>T&amp;rothwyon graddio…</translation>
        </message>
        <message>
            <source>Set the % of promised delivery from which each rating is suggested</source>
            <translation>Gosod y % o'r cyflawni a addawyd y mae pob gradd yn cael ei hawgrymu ohono</translation>
        </message>
        <message>
            <source>Performance &amp;notice…</source>
            <translation>&amp;Hysbysiad perfformiad…</translation>
        </message>
        <message>
            <source>Write the details of a contract performance notice</source>
            <translation>Ysgrifennu manylion hysbysiad perfformiad contract</translation>
        </message>
        <message>
            <source>Delivery re&amp;port…</source>
            <translation>&amp;Adroddiad cyflawni…</translation>
        </message>
        <message>
            <source>Write the delivery report: delivered against promised</source>
            <translation>Ysgrifennu'r adroddiad cyflawni: yr hyn a gyflawnwyd o'i gymharu â'r hyn a addawyd</translation>
        </message>
        <message>
            <source>Delivery by commitment and reporting period</source>
            <translation>Cyflawni fesul ymrwymiad a chyfnod adrodd</translation>
        </message>
        <message>
            <source>Chart of the selected commitment: promised against delivered</source>
            <translation>Siart o'r ymrwymiad a ddewiswyd: yr hyn a addawyd o'i gymharu â'r hyn a gyflawnwyd</translation>
        </message>
        <message>
            <source>Overdue: quarters ended with nothing reported</source>
            <translation>Hwyr: chwarteri a ddaeth i ben heb ddim wedi'i adrodd</translation>
        </message>
        <message>
            <source>Queried entries</source>
            <translation>Cofnodion a holwyd</translation>
        </message>
        <message>
            <source>Overdue and queried</source>
            <translation>Hwyr ac wedi'u holi</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Hwyr</translation>
        </message>
        <message>
            <source>Queried</source>
            <translation>Wedi'u holi</translation>
        </message>
        <message>
            <source>Choose a tender.</source>
            <translation>Dewiswch dendr.</translation>
        </message>
        <message>
            <source>%1 is %2. Delivery is recorded once the contract is awarded and delivery starts (on the Award page).</source>
            <translation>Mae %1 yn y cam %2. Cofnodir y cyflawni pan fydd y contract wedi'i ddyfarnu a'r cyflawni wedi dechrau (ar y dudalen Dyfarnu).</translation>
        </message>
        <message>
            <source>Contract with %1 from %2 to %3.</source>
            <translation>Contract gyda %1 o %2 i %3.</translation>
        </message>
        <message>
            <source>Awarded: delivery has not started yet. Start delivery on the Award page; the supplier then reports each quarter.</source>
            <translation>Wedi'i ddyfarnu: nid yw'r cyflawni wedi dechrau eto. Dechreuwch y cyflawni ar y dudalen Dyfarnu; yna mae'r cyflenwr yn adrodd bob chwarter.</translation>
        </message>
        <message>
            <source>%1 overdue, %2 queried.</source>
            <translation>%1 yn hwyr, %2 wedi'u holi.</translation>
        </message>
        <message>
            <source>The contract is closed: its delivery record is frozen.</source>
            <translation>Mae'r contract ar gau: mae ei gofnod cyflawni wedi'i rewi.</translation>
        </message>
        <message>
            <source>The first quarter (%1) is short: %2 to %3.</source>
            <translation>Mae'r chwarter cyntaf (%1) yn fyr: %2 i %3.</translation>
        </message>
        <message>
            <source>In delivery:</source>
            <translation>Yn cael ei gyflawni:</translation>
        </message>
        <message>
            <source>%1 — %2 (%3): nothing reported</source>
            <translation>%1 — %2 (%3): dim wedi'i adrodd</translation>
        </message>
        <message>
            <source>%1 — %2: %3 — %4</source>
            <translation>%1 — %2: %3 — %4</translation>
        </message>
        <message>
            <source>Overdue (%1)</source>
            <translation>Hwyr (%1)</translation>
        </message>
        <message>
            <source>Queried (%1)</source>
            <translation>Wedi'u holi (%1)</translation>
        </message>
        <message>
            <source>Nothing is overdue.</source>
            <translation>Nid oes dim yn hwyr.</translation>
        </message>
        <message>
            <source>No entry is queried.</source>
            <translation>Nid oes cofnod wedi'i holi.</translation>
        </message>
        <message>
            <source>Choose a commitment in the grid to see its delivery over time.</source>
            <translation>Dewiswch ymrwymiad yn y grid i weld ei gyflawni dros amser.</translation>
        </message>
        <message>
            <source>%1 is a qualitative commitment: each quarter is answered yes, no or partly.</source>
            <translation>Mae %1 yn ymrwymiad ansoddol: atebir pob chwarter ag ie, na neu yn rhannol.</translation>
        </message>
        <message>
            <source>Recorded %1 for %2; check it with Accept, Query or Reject.</source>
            <translation>Cofnodwyd %1 ar gyfer %2; gwiriwch ef gyda Derbyn, Holi neu Gwrthod.</translation>
        </message>
        <message>
            <source>Cannot check the entry</source>
            <translation>Ni ellir gwirio'r cofnod</translation>
        </message>
        <message>
            <source>%1 %2: %3.</source>
            <translation>%1 %2: %3.</translation>
        </message>
        <message>
            <source>Query %1</source>
            <translation>Holi am %1</translation>
        </message>
        <message>
            <source>&amp;Query</source>
            <translation>&amp;Holi</translation>
        </message>
        <message>
            <source>Say what the supplier must answer or send (the entry stays out of the totals until accepted).</source>
            <translation>Dywedwch beth y mae'n rhaid i'r cyflenwr ei ateb neu ei anfon (mae'r cofnod yn aros allan o'r cyfansymiau nes iddo gael ei dderbyn).</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>Gwrthod %1</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>&amp;Gwrthod</translation>
        </message>
        <message>
            <source>Say why the figure is not accepted (it counts in no total).</source>
            <translation>Dywedwch pam nad yw'r ffigur yn cael ei dderbyn (nid yw'n cyfrif mewn unrhyw gyfanswm).</translation>
        </message>
        <message>
            <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
        </message>
        <message>
            <source>Attach evidence</source>
            <translation>Atodi tystiolaeth</translation>
        </message>
        <message>
            <source>Cannot attach the evidence</source>
            <translation>Ni ellir atodi'r dystiolaeth</translation>
        </message>
        <message>
            <source>Attached %1 to %2 %3 (SHA-256 %4…).</source>
            <translation>Atodwyd %1 i %2 %3 (SHA-256 %4…).</translation>
        </message>
        <message>
            <source>Delivery return template</source>
            <translation>Templed ffurflen gyflawni</translation>
        </message>
        <message>
            <source>Reporting period:</source>
            <translation>Cyfnod adrodd:</translation>
        </message>
        <message>
            <source>Ratings recorded for %1.</source>
            <translation>Cofnodwyd graddau ar gyfer %1.</translation>
        </message>
        <message>
            <source>Cannot read the rating thresholds</source>
            <translation>Ni ellir darllen y trothwyon graddio</translation>
        </message>
        <message>
            <source>Rating thresholds for %1: Good from %2 %, Approaching target from %3 %, Requires improvement from %4 %. Suggestions use them from now on; recorded ratings are unchanged.</source>
            <translation>Trothwyon graddio ar gyfer %1: Da o %2 %, Yn agosáu at y targed o %3 %, Angen gwella o %4 %. Bydd awgrymiadau'n eu defnyddio o hyn ymlaen; ni newidir graddau a gofnodwyd.</translation>
        </message>
        <message>
            <source>Performance notice</source>
            <translation>Hysbysiad perfformiad</translation>
        </message>
        <message>
            <source>Rating period:</source>
            <translation>Cyfnod graddio:</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;JSON (*.json)</source>
            <translation>PDF (*.pdf);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Writing the performance notice…</source>
            <translation>Wrthi'n ysgrifennu'r hysbysiad perfformiad…</translation>
        </message>
        <message>
            <source>Cannot write the performance notice</source>
            <translation>Ni ellir ysgrifennu'r hysbysiad perfformiad</translation>
        </message>
        <message>
            <source>Wrote the performance notice for %1 to %2. File it as a contract performance notice.</source>
            <translation>Ysgrifennwyd yr hysbysiad perfformiad ar gyfer %1 i %2. Ffeiliwch ef fel hysbysiad perfformiad contract.</translation>
        </message>
        <message>
            <source>Delivery report</source>
            <translation>Adroddiad cyflawni</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
            <translation>PDF (*.pdf);;Llyfr gwaith Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the delivery report…</source>
            <translation>Wrthi'n ysgrifennu'r adroddiad cyflawni…</translation>
        </message>
        <message>
            <source>Cannot write the delivery report</source>
            <translation>Ni ellir ysgrifennu'r adroddiad cyflawni</translation>
        </message>
        <message>
            <source>Wrote the delivery report to %1.</source>
            <translation>Ysgrifennwyd yr adroddiad cyflawni i %1.</translation>
        </message>
        <message>
            <source>Sign the delivery report with your CoopEval signing key, as the moderation report is signed?</source>
            <translation>Llofnodi'r adroddiad cyflawni gyda'ch allwedd llofnodi CoopEval, fel y llofnodir yr adroddiad cymedroli?</translation>
        </message>
        <message>
            <source>You have no signing certificate yet: make one on the Report page (Make a new signing certificate…), then write the delivery report again.</source>
            <translation>Nid oes gennych dystysgrif llofnodi eto: gwnewch un ar y dudalen Adroddiad (Gwneud tystysgrif llofnodi newydd…), yna ysgrifennwch yr adroddiad cyflawni eto.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPreviewDialog</name>
        <message>
            <source>Import delivery returns: preview</source>
            <translation>Mewnforio ffurflenni cyflawni: rhagolwg</translation>
        </message>
        <message>
            <source>File, period and commitment</source>
            <translation>Ffeil, cyfnod ac ymrwymiad</translation>
        </message>
        <message>
            <source>What it reports</source>
            <translation>Beth mae'n ei adrodd</translation>
        </message>
        <message>
            <source>Delivery returns: each file's period and the entries it records</source>
            <translation>Ffurflenni cyflawni: cyfnod pob ffeil a'r cofnodion y mae'n eu cofnodi</translation>
        </message>
        <message>
            <source>Problems in the delivery returns, one a line</source>
            <translation>Problemau yn y ffurflenni cyflawni, un ar bob llinell</translation>
        </message>
        <message>
            <source>the supplier</source>
            <translation>y cyflenwr</translation>
        </message>
        <message>
            <source>1 return checked: {new} new entries, {changed} changed.</source>
            <translation>Gwiriwyd 1 ffurflen: {new} cofnod newydd, {changed} wedi newid.</translation>
        </message>
        <message>
            <source>{count} returns checked: {new} new entries, {changed} changed.</source>
            <translation>Gwiriwyd {count} ffurflen: {new} cofnod newydd, {changed} wedi newid.</translation>
        </message>
        <message>
            <source>1 checked entry goes back to pending: its figures change.</source>
            <translation>Mae 1 cofnod a wiriwyd yn mynd yn ôl i'r arfaeth: mae ei ffigurau'n newid.</translation>
        </message>
        <message>
            <source>{count} checked entries go back to pending: their figures change.</source>
            <translation>Mae {count} cofnod a wiriwyd yn mynd yn ôl i'r arfaeth: mae eu ffigurau'n newid.</translation>
        </message>
        <message>
            <source>{period} ({name}): already imported, nothing changes</source>
            <translation>{period} ({name}): wedi'i mewnforio eisoes, does dim yn newid</translation>
        </message>
        <message>
            <source>{period} ({name})</source>
            <translation>{period} ({name})</translation>
        </message>
        <message>
            <source>SHA-256 {hash}</source>
            <translation>SHA-256 {hash}</translation>
        </message>
        <message>
            <source>{reported} (evidence: {references})</source>
            <translation>{reported} (tystiolaeth: {references})</translation>
        </message>
        <message>
            <source>changes {before}; was {check}, goes back to pending</source>
            <translation>yn newid {before}; roedd yn {check}, yn mynd yn ôl i'r arfaeth</translation>
        </message>
        <message>
            <source>{action}; was {check}, goes back to pending</source>
            <translation>{action}; roedd yn {check}, yn mynd yn ôl i'r arfaeth</translation>
        </message>
        <message>
            <source>changes {before}</source>
            <translation>yn newid {before}</translation>
        </message>
        <message>
            <source>Every imported entry starts pending: check each on the grid.</source>
            <translation>Mae pob cofnod a fewnforir yn dechrau yn yr arfaeth: gwiriwch bob un ar y grid.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>newydd</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>heb newid</translation>
        </message>
    </context>
    <context>
        <name>DeliveryReturnsActions</name>
        <message>
            <source>Delivery return template</source>
            <translation>Templed ffurflen gyflawni</translation>
        </message>
        <message>
            <source>Writing the delivery return…</source>
            <translation>Yn ysgrifennu'r ffurflen gyflawni…</translation>
        </message>
        <message>
            <source>Cannot write the delivery return</source>
            <translation>Ni ellir ysgrifennu'r ffurflen gyflawni</translation>
        </message>
        <message>
            <source>{reference}-delivery-{period}.xlsx</source>
            <translation>{reference}-cyflawni-{period}.xlsx</translation>
        </message>
        <message>
            <source>tender</source>
            <translation>tendr</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Llyfr gwaith Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Wrote the delivery return for {period} to {path}. Send it to the supplier; import it with Import delivery returns when it comes back.</source>
            <translation>Ysgrifennwyd y ffurflen gyflawni ar gyfer {period} i {path}. Anfonwch hi at y cyflenwr; mewnforiwch hi gyda Mewnforio ffurflenni cyflawni pan ddaw yn ôl.</translation>
        </message>
        <message>
            <source>Import delivery returns</source>
            <translation>Mewnforio ffurflenni cyflawni</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Llyfrau gwaith Excel (*.xlsx);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Reading the delivery returns…</source>
            <translation>Yn darllen y ffurflenni cyflawni…</translation>
        </message>
        <message>
            <source>Cannot read the delivery returns</source>
            <translation>Ni ellir darllen y ffurflenni cyflawni</translation>
        </message>
        <message>
            <source>Importing the delivery returns…</source>
            <translation>Yn mewnforio'r ffurflenni cyflawni…</translation>
        </message>
        <message>
            <source>Cannot import the delivery returns</source>
            <translation>Ni ellir mewnforio'r ffurflenni cyflawni</translation>
        </message>
        <message>
            <source>Nothing changed: every delivery return was already imported.</source>
            <translation>Dim wedi newid: roedd pob ffurflen gyflawni wedi'i mewnforio eisoes.</translation>
        </message>
        <message>
            <source>Imported 1 delivery return: {entries} entries recorded, each pending until you check it.</source>
            <translation>Mewnforiwyd 1 ffurflen gyflawni: cofnodwyd {entries} cofnod, pob un yn yr arfaeth nes i chi ei wirio.</translation>
        </message>
        <message>
            <source>Imported {count} delivery returns: {entries} entries recorded, each pending until you check it.</source>
            <translation>Mewnforiwyd {count} ffurflen gyflawni: cofnodwyd {entries} cofnod, pob un yn yr arfaeth nes i chi ei wirio.</translation>
        </message>
    </context>
    <context>
        <name>DraftsPanel</name>
        <message>
            <source>Draft scores left unsubmitted</source>
            <translation>Sgoriau drafft heb eu cyflwyno</translation>
        </message>
        <message>
            <source>What to do with the drafts</source>
            <translation>Beth i'w wneud â'r drafftiau</translation>
        </message>
        <message>
            <source>Unsubmitted draft scores</source>
            <translation>Sgoriau drafft heb eu cyflwyno</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Gwerthuswr</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Sgôr</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rhesymeg</translation>
        </message>
        <message>
            <source>Can it be submitted?</source>
            <translation>A ellir ei chyflwyno?</translation>
        </message>
        <message>
            <source>&amp;Submit selected…</source>
            <translation>&amp;Cyflwyno'r rhai a ddewiswyd…</translation>
        </message>
        <message>
            <source>Submit the selected drafts as their evaluator</source>
            <translation>Cyflwyno'r drafftiau a ddewiswyd ar ran eu gwerthuswr</translation>
        </message>
        <message>
            <source>&amp;Withdraw selected…</source>
            <translation>&amp;Tynnu'r rhai a ddewiswyd yn ôl…</translation>
        </message>
        <message>
            <source>Withdraw the selected drafts as their evaluator, with a reason</source>
            <translation>Tynnu'r drafftiau a ddewiswyd yn ôl ar ran eu gwerthuswr, gyda rheswm</translation>
        </message>
        <message>
            <source>⚠ %1 draft score(s) left unsubmitted: settle these first</source>
            <translation>⚠ %1 sgôr drafft heb eu cyflwyno: setlwch y rhain yn gyntaf</translation>
        </message>
        <message>
            <source>Each evaluator submits their own drafts as they stand, or withdraws them with a reason. An item's consensus can be recorded once its drafts are settled.</source>
            <translation>Mae pob gwerthuswr yn cyflwyno ei ddrafftiau ei hun fel y maent, neu'n eu tynnu'n ôl gyda rheswm. Gellir cofnodi consensws eitem pan fydd ei drafftiau wedi'u setlo.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>gellir</translation>
        </message>
        <message>
            <source>no: %1</source>
            <translation>na ellir: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Unexpected problem</source>
            <translation>Problem annisgwyl</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… a {count} arall</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Ni ellir gwneud hynny</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>CoopEval workspaces (*.coopeval);;All files (*)</source>
            <translation>Gofodau gwaith CoopEval (*.coopeval);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Tender JSON (*.json);;All files (*)</source>
            <translation>JSON tendr (*.json);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>CoopEval workspaces and evaluator packs (*.coopeval *.coopeval-pack);;All files (*)</source>
            <translation>Gofodau gwaith CoopEval a phecynnau gwerthuswyr (*.coopeval *.coopeval-pack);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>&amp;New workspace…</source>
            <translation>Gofod gwaith &amp;newydd…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Agor…</translation>
        </message>
        <message>
            <source>Open rea&amp;d-only…</source>
            <translation>Agor i'w &amp;ddarllen yn unig…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Agor ffeil &amp;ddiweddar</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Cadw &amp;copi…</translation>
        </message>
        <message>
            <source>&amp;Import tender (JSON)…</source>
            <translation>&amp;Mewnforio tendr (JSON)…</translation>
        </message>
        <message>
            <source>&amp;Export tender (JSON)…</source>
            <translation>A&amp;llforio tendr (JSON)…</translation>
        </message>
        <message>
            <source>Spend and re&amp;gisters…</source>
            <translation>Gwariant a c&amp;hofrestrau…</translation>
        </message>
        <message>
            <source>Por&amp;tfolio…</source>
            <translation>Por&amp;tffolio…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(dim)</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Gofod gwaith newydd</translation>
        </message>
        <message>
            <source>{name} already exists; open it instead, or choose another name.</source>
            <translation>Mae {name} yn bodoli eisoes; agorwch hwnnw yn lle hynny, neu dewiswch enw arall.</translation>
        </message>
        <message>
            <source>Cannot create the workspace</source>
            <translation>Ni ellir creu'r gofod gwaith</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Agor gofod gwaith</translation>
        </message>
        <message>
            <source>Open workspace read-only</source>
            <translation>Agor gofod gwaith i'w ddarllen yn unig</translation>
        </message>
        <message>
            <source>Preparing the demo workspace…</source>
            <translation>Wrthi'n paratoi'r gofod gwaith enghreifftiol…</translation>
        </message>
        <message>
            <source>Cannot build the demo workspace</source>
            <translation>Ni ellir creu'r gofod gwaith enghreifftiol</translation>
        </message>
        <message>
            <source>Workspace in use</source>
            <translation>Gofod gwaith yn cael ei ddefnyddio</translation>
        </message>
        <message>
            <source>Workspace is read-only</source>
            <translation>Gofod gwaith i'w ddarllen yn unig</translation>
        </message>
        <message>
            <source>Open it read-only?</source>
            <translation>Ei agor i'w ddarllen yn unig?</translation>
        </message>
        <message>
            <source>Cannot open the workspace</source>
            <translation>Ni ellir agor y gofod gwaith</translation>
        </message>
        <message>
            <source>Workspace on a shared drive</source>
            <translation>Gofod gwaith ar yriant a rennir</translation>
        </message>
        <message>
            <source>Work on a local copy</source>
            <translation>Gweithio ar gopi lleol</translation>
        </message>
        <message>
            <source>Keep working here</source>
            <translation>Dal i weithio yma</translation>
        </message>
        <message>
            <source>Working on a local copy; use File → Save a copy to put it back on the shared drive.</source>
            <translation>Rydych yn gweithio ar gopi lleol; defnyddiwch Ffeil → Cadw copi i'w roi yn ôl ar y gyriant a rennir.</translation>
        </message>
        <message>
            <source>Making a local copy…</source>
            <translation>Wrthi'n gwneud copi lleol…</translation>
        </message>
        <message>
            <source>Cannot make a local copy</source>
            <translation>Ni ellir gwneud copi lleol</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Cadw copi</translation>
        </message>
        <message>
            <source>Saving a copy…</source>
            <translation>Wrthi'n cadw copi…</translation>
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation>Cadwyd copi yn %1</translation>
        </message>
        <message>
            <source>Import tender</source>
            <translation>Mewnforio tendr</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Wrthi'n mewnforio %1…</translation>
        </message>
        <message>
            <source>Cannot import the tender</source>
            <translation>Ni ellir mewnforio'r tendr</translation>
        </message>
        <message>
            <source>Export tender</source>
            <translation>Allforio tendr</translation>
        </message>
        <message>
            <source>Exporting the tender…</source>
            <translation>Wrthi'n allforio'r tendr…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Allforiwyd i %1</translation>
        </message>
    </context>
    <context>
        <name>FirstOfficerDialog</name>
        <message>
            <source>Who is the officer?</source>
            <translation>Pwy yw'r swyddog?</translation>
        </message>
        <message>
            <source>&amp;Become the officer</source>
            <translation>&amp;Dod yn swyddog</translation>
        </message>
        <message>
            <source>CoopEval records who does what. This workspace has no officer yet: you become its first officer, who sets up tenders, adds people and can reset their passphrases. Choose a passphrase only you know.</source>
            <translation>Mae CoopEval yn cofnodi pwy sy'n gwneud beth. Nid oes swyddog gan y gofod gwaith hwn eto: chi fydd ei swyddog cyntaf, sy'n sefydlu tendrau, yn ychwanegu pobl ac yn gallu ailosod eu cyfrinymadroddion. Dewiswch gyfrinymadrodd mai dim ond chi sy'n ei wybod.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Eich &amp;enw:</translation>
        </message>
        <message>
            <source>&amp;Email (optional):</source>
            <translation>E-&amp;bost (dewisol):</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cyfrinymadrodd:</translation>
        </message>
        <message>
            <source>Passphrase &amp;again:</source>
            <translation>Cyfrinymadrodd &amp;eto:</translation>
        </message>
        <message>
            <source>Type your name.</source>
            <translation>Teipiwch eich enw.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Problem with this entry</source>
            <translation>Problem gyda'r cofnod hwn</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>FrameworkBrowser</name>
        <message>
            <source>legal form</source>
            <translation>ffurf gyfreithiol</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statws</translation>
        </message>
        <message>
            <source>ownership and governance</source>
            <translation>perchnogaeth a llywodraethu</translation>
        </message>
        <message>
            <source>register identifier</source>
            <translation>dynodydd cofrestr</translation>
        </message>
        <message>
            <source>qualitative</source>
            <translation>ansoddol</translation>
        </message>
        <message>
            <source>quantitative</source>
            <translation>meintiol</translation>
        </message>
        <message>
            <source>quality companion</source>
            <translation>cydymaith ansawdd</translation>
        </message>
        <message>
            <source>Framework, theme, outcome, measure</source>
            <translation>Fframwaith, thema, canlyniad, mesur</translation>
        </message>
        <message>
            <source>Search codes, titles and descriptions (Ctrl+F)</source>
            <translation>Chwilio codau, teitlau a disgrifiadau (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search measures</source>
            <translation>Chwilio mesurau</translation>
        </message>
        <message>
            <source>Frameworks, themes, outcomes and measures</source>
            <translation>Fframweithiau, themâu, canlyniadau a mesurau</translation>
        </message>
        <message>
            <source>Language of the framework's text</source>
            <translation>Iaith testun y fframwaith</translation>
        </message>
        <message>
            <source>Framework text in:</source>
            <translation>Iaith testun y fframwaith:</translation>
        </message>
        <message>
            <source>Selected item's detail</source>
            <translation>Manylion yr eitem a ddewiswyd</translation>
        </message>
        <message>
            <source>No frameworks are available.</source>
            <translation>Nid oes fframweithiau ar gael.</translation>
        </message>
        <message>
            <source>No measure matches “{text}”.</source>
            <translation>Nid oes mesur yn cyfateb i “{text}”.</translation>
        </message>
        <message>
            <source>Welsh: all {total} measures and the rest of the framework.</source>
            <translation>Cymraeg: pob un o’r {total} mesur a gweddill y fframwaith.</translation>
        </message>
        <message>
            <source>Welsh: {done} of {total} measures.</source>
            <translation>Cymraeg: {done} o {total} mesur.</translation>
        </message>
        <message>
            <source>This framework has no Welsh text: it is shown in English.</source>
            <translation>Nid oes testun Cymraeg yn y fframwaith hwn: fe’i dangosir yn Saesneg.</translation>
        </message>
        <message>
            <source>{themes} themes, {measures} measures.</source>
            <translation>{themes} thema, {measures} mesur.</translation>
        </message>
        <message>
            <source>{themes} themes, {measures} measures and 1 quality companion.</source>
            <translation>{themes} thema, {measures} mesur ac 1 cydymaith ansawdd.</translation>
        </message>
        <message>
            <source>{themes} themes, {measures} measures and {companions} quality companions.</source>
            <translation>{themes} thema, {measures} mesur a {companions} cydymaith ansawdd.</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Fersiwn {version}</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Am y fframwaith</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Trwydded</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Attribution</source>
            <translation>Priodoliad</translation>
        </message>
        <message>
            <source>({count} measures; suits {kinds})</source>
            <translation>({count} mesur; yn addas ar gyfer {kinds})</translation>
        </message>
        <message>
            <source>({count} measures)</source>
            <translation>({count} mesur)</translation>
        </message>
        <message>
            <source>any number of the choices</source>
            <translation>unrhyw nifer o’r dewisiadau</translation>
        </message>
        <message>
            <source>with evidence</source>
            <translation>gyda thystiolaeth</translation>
        </message>
        <message>
            <source>(democratic)</source>
            <translation>(democrataidd)</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Beth mae’n ei olygu</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Math:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Uned:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Dull:</translation>
        </message>
        <message>
            <source>Proxy value:</source>
            <translation>Gwerth procsi:</translation>
        </message>
        <message>
            <source>£{value} per unit ({year}; {source})</source>
            <translation>£{value} yr uned ({year}; {source})</translation>
        </message>
        <message>
            <source>Sits beside TOMs theme:</source>
            <translation>Yn cyd-fynd â thema TOMs:</translation>
        </message>
        <message>
            <source>Co-operative identity:</source>
            <translation>Hunaniaeth gydweithredol:</translation>
        </message>
        <message>
            <source>PPN 002 Social Value Model:</source>
            <translation>Model Gwerth Cymdeithasol PPN 002:</translation>
        </message>
        <message>
            <source>National Procurement Policy Statement:</source>
            <translation>Datganiad Polisi Caffael Cenedlaethol:</translation>
        </message>
        <message>
            <source>PA 2023 s.52 KPI (contracts over £5m):</source>
            <translation>DPA adran 52 PA 2023 (contractau dros £5m):</translation>
        </message>
        <message>
            <source>suits</source>
            <translation>yn addas</translation>
        </message>
        <message>
            <source>does not suit</source>
            <translation>nid yw’n addas</translation>
        </message>
        <message>
            <source>Quality companion:</source>
            <translation>Cydymaith ansawdd:</translation>
        </message>
        <message>
            <source>service quality rather than co-operative value; in none of the scored sets</source>
            <translation>ansawdd y gwasanaeth yn hytrach na gwerth cydweithredol; nid yw yn yr un o’r setiau a sgorir</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Isel</translation>
        </message>
        <message>
            <source>Middle</source>
            <translation>Canolig</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Uchel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Disgrifiad</translation>
        </message>
        <message>
            <source>Guidance for bidders</source>
            <translation>Canllawiau i gynigwyr</translation>
        </message>
        <message>
            <source>Guidance for evaluators</source>
            <translation>Canllawiau i werthuswyr</translation>
        </message>
        <message>
            <source>Evidence required at tender</source>
            <translation>Tystiolaeth sy’n ofynnol adeg y tendr</translation>
        </message>
        <message>
            <source>Delivery KPI</source>
            <translation>DPA cyflawni</translation>
        </message>
        <message>
            <source>How delivery is verified</source>
            <translation>Sut y caiff y cyflawni ei wirio</translation>
        </message>
        <message>
            <source>Model contract clause</source>
            <translation>Cymal contract enghreifftiol</translation>
        </message>
        <message>
            <source>Why it does or does not suit a s.52 KPI</source>
            <translation>Pam y mae’n addas neu nad yw’n addas fel DPA adran 52</translation>
        </message>
        <message>
            <source>Why these numbers</source>
            <translation>Pam y ffigurau hyn</translation>
        </message>
        <message>
            <source>Small and micro suppliers</source>
            <translation>Cyflenwyr bach a micro</translation>
        </message>
        <message>
            <source>Overlap with TOMs measures</source>
            <translation>Gorgyffwrdd â mesurau TOMs</translation>
        </message>
        <message>
            <source>relative to the best bid (lower is better)</source>
            <translation>o’i gymharu â’r cynnig gorau (gorau po isaf)</translation>
        </message>
        <message>
            <source>relative to the best bid (higher is better)</source>
            <translation>o’i gymharu â’r cynnig gorau (gorau po uchaf)</translation>
        </message>
        <message>
            <source>against a target of {target} {unit} (lower is better)</source>
            <translation>yn erbyn targed o {target} {unit} (gorau po isaf)</translation>
        </message>
        <message>
            <source>against a target of {target} {unit} (higher is better)</source>
            <translation>yn erbyn targed o {target} {unit} (gorau po uchaf)</translation>
        </message>
        <message>
            <source>{at} → {share}% of the marks</source>
            <translation>{at} → {share}% o’r marciau</translation>
        </message>
        <message>
            <source>banded (lower is better): {bands}</source>
            <translation>mewn bandiau (gorau po isaf): {bands}</translation>
        </message>
        <message>
            <source>banded (higher is better): {bands}</source>
            <translation>mewn bandiau (gorau po uchaf): {bands}</translation>
        </message>
        <message>
            <source>recorded only, not scored</source>
            <translation>cofnodi’n unig, heb sgorio</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>CoopEval user guide</source>
            <translation>Canllaw defnyddwyr CoopEval</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Chwilio yn y canllaw</translation>
        </message>
        <message>
            <source>Find in the guide (Ctrl+F), then Enter for the next</source>
            <translation>Chwilio yn y canllaw (Ctrl+F), yna Enter i gael yr un nesaf</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Chwilio am y &amp;nesaf</translation>
        </message>
        <message>
            <source>Find the next match</source>
            <translation>Dod o hyd i'r canlyniad nesaf</translation>
        </message>
        <message>
            <source>◀ &amp;Back</source>
            <translation>◀ &amp;Yn ôl</translation>
        </message>
        <message>
            <source>Back to the page before</source>
            <translation>Yn ôl i'r dudalen flaenorol</translation>
        </message>
        <message>
            <source>Back to the page before (Alt+Left)</source>
            <translation>Yn ôl i'r dudalen flaenorol (Alt+Left)</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Canlyniad chwilio</translation>
        </message>
        <message>
            <source>Contents of the user guide</source>
            <translation>Cynnwys y canllaw defnyddwyr</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Canllaw defnyddwyr</translation>
        </message>
        <message>
            <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;This copy of CoopEval has no user guide (docs/guide.md). Everything else works as usual. To get the guide back, reinstall CoopEval, or ask your IT team for the guide file.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Nid yw'r canllaw defnyddwyr wedi'i osod&lt;/h2&gt;&lt;p&gt;Nid oes canllaw defnyddwyr (docs/guide.md) gyda'r copi hwn o CoopEval. Mae popeth arall yn gweithio fel arfer. I gael y canllaw yn ôl, ailosodwch CoopEval, neu gofynnwch i'ch tîm TG am ffeil y canllaw.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Heb ei ganfod</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>scored</source>
            <translation>sgoriodd</translation>
        </message>
        <message>
            <source>changed the score</source>
            <translation>newidiodd y sgôr</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>cyflwynodd</translation>
        </message>
        <message>
            <source>submitted a draft at moderation</source>
            <translation>cyflwynodd ddrafft wrth gymedroli</translation>
        </message>
        <message>
            <source>withdrew a draft</source>
            <translation>tynnodd ddrafft yn ôl</translation>
        </message>
        <message>
            <source>recorded the consensus</source>
            <translation>cofnododd y consensws</translation>
        </message>
        <message>
            <source>revised the consensus</source>
            <translation>diwygiodd y consensws</translation>
        </message>
        <message>
            <source>score</source>
            <translation>sgôr</translation>
        </message>
        <message>
            <source>abstained</source>
            <translation>ymataliodd</translation>
        </message>
        <message>
            <source>reason for abstaining</source>
            <translation>rheswm dros ymatal</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>rhesymeg</translation>
        </message>
        <message>
            <source>where in the bid</source>
            <translation>ble yn y cynnig</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statws</translation>
        </message>
        <message>
            <source>accepted quantity</source>
            <translation>swm a dderbyniwyd</translation>
        </message>
        <message>
            <source>reason for the quantity</source>
            <translation>rheswm dros y swm</translation>
        </message>
        <message>
            <source>reached by</source>
            <translation>cyrhaeddwyd drwy</translation>
        </message>
        <message>
            <source>present</source>
            <translation>yn bresennol</translation>
        </message>
        <message>
            <source>History of %1 · %2</source>
            <translation>Hanes %1 · %2</translation>
        </message>
        <message>
            <source>History of this item</source>
            <translation>Hanes yr eitem hon</translation>
        </message>
        <message>
            <source>Every change to this item's individual scores and consensus, oldest first, from the workspace's tamper-evident audit log.</source>
            <translation>Pob newid i sgoriau unigol a chonsensws yr eitem hon, yr hynaf yn gyntaf, o log archwilio'r gofod gwaith sy'n dangos unrhyw ymyrryd.</translation>
        </message>
        <message>
            <source>Changes to this item</source>
            <translation>Newidiadau i'r eitem hon</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Pryd (UTC)</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Cofnodwyd gan</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Cyn → ar ôl</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>consensws</translation>
        </message>
        <message>
            <source>Evaluator %1</source>
            <translation>Gwerthuswr %1</translation>
        </message>
        <message>
            <source>Close the history</source>
            <translation>Cau'r hanes</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import other award criteria</source>
            <translation>Mewnforio meini prawf dyfarnu eraill</translation>
        </message>
        <message>
            <source>{file} cannot be imported: 1 problem. Nothing will be written until it is fixed.</source>
            <translation>Ni ellir mewnforio {file}: 1 broblem. Ni chaiff dim ei ysgrifennu nes ei bod wedi'i datrys.</translation>
        </message>
        <message>
            <source>{file} cannot be imported: {count} problems. Nothing will be written until every one is fixed.</source>
            <translation>Ni ellir mewnforio {file}: {count} problem. Ni chaiff dim ei ysgrifennu nes bod pob un wedi'i datrys.</translation>
        </message>
        <message>
            <source>{file}: {criteria} criteria and {scores} scores; {changed} to add or change.</source>
            <translation>{file}: {criteria} maen prawf a {scores} sgôr; {changed} i'w hychwanegu neu eu newid.</translation>
        </message>
        <message>
            <source>New criterion: {name} ({kind}, {percent}%, out of {top})</source>
            <translation>Maen prawf newydd: {name} ({kind}, {percent}%, allan o {top})</translation>
        </message>
        <message>
            <source>Changed criterion: {name} ({kind}, {percent}%, out of {top})</source>
            <translation>Maen prawf wedi newid: {name} ({kind}, {percent}%, allan o {top})</translation>
        </message>
        <message>
            <source>Unchanged criterion: {name} ({kind}, {percent}%, out of {top})</source>
            <translation>Maen prawf heb newid: {name} ({kind}, {percent}%, allan o {top})</translation>
        </message>
        <message>
            <source>New score: {criterion}, {identifier} {value} — {reasons}</source>
            <translation>Sgôr newydd: {criterion}, {identifier} {value} — {reasons}</translation>
        </message>
        <message>
            <source>Changed score: {criterion}, {identifier} {value} — {reasons}</source>
            <translation>Sgôr wedi newid: {criterion}, {identifier} {value} — {reasons}</translation>
        </message>
        <message>
            <source>Unchanged score: {criterion}, {identifier} {value} — {reasons}</source>
            <translation>Sgôr heb newid: {criterion}, {identifier} {value} — {reasons}</translation>
        </message>
        <message>
            <source>What importing would do</source>
            <translation>Beth fyddai mewnforio yn ei wneud</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemau</translation>
        </message>
        <message>
            <source>Rows to import</source>
            <translation>Rhesi i'w mewnforio</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
    </context>
    <context>
        <name>ItemList</name>
        <message>
            <source>NOT SAVED</source>
            <translation>HEB EI GADW</translation>
        </message>
        <message>
            <source>abstained</source>
            <translation>wedi ymatal</translation>
        </message>
        <message>
            <source>scored %1</source>
            <translation>sgôr %1</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>heb sgôr</translation>
        </message>
        <message>
            <source>Items to score</source>
            <translation>Eitemau i'w sgorio</translation>
        </message>
    </context>
    <context>
        <name>ItemView</name>
        <message>
            <source>Conflicts of interest in this bid</source>
            <translation>Gwrthdaro buddiannau yn y cynnig hwn</translation>
        </message>
        <message>
            <source>Scores, statistics and scale for this item</source>
            <translation>Sgoriau, ystadegau a graddfa'r eitem hon</translation>
        </message>
        <message>
            <source>The item being moderated</source>
            <translation>Yr eitem sy'n cael ei chymedroli</translation>
        </message>
        <message>
            <source>The item to score</source>
            <translation>Yr eitem i'w sgorio</translation>
        </message>
        <message>
            <source>Bidder reference</source>
            <translation>Cyfeirnod y cynigydd</translation>
        </message>
        <message>
            <source>The bid’s response</source>
            <translation>Ymateb y cynnig</translation>
        </message>
        <message>
            <source>Where in the bid</source>
            <translation>Ble yn y cynnig</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>heb ei roi</translation>
        </message>
        <message>
            <source>The scale</source>
            <translation>Y raddfa</translation>
        </message>
        <message>
            <source>Committed quantity</source>
            <translation>Y swm a ymrwymwyd</translation>
        </message>
        <message>
            <source>Guidance for evaluators</source>
            <translation>Canllawiau i werthuswyr</translation>
        </message>
        <message>
            <source>Evidence to look for</source>
            <translation>Tystiolaeth i chwilio amdani</translation>
        </message>
        <message>
            <source>This bid’s quantitative commitments</source>
            <translation>Ymrwymiadau meintiol y cynnig hwn</translation>
        </message>
        <message>
            <source>For information: these are scored from the quantities, not by you.</source>
            <translation>Er gwybodaeth: caiff y rhain eu sgorio o'r symiau, nid gennych chi.</translation>
        </message>
        <message>
            <source>The bidder gave no response to this measure.</source>
            <translation>Ni roddodd y cynigydd ymateb i'r mesur hwn.</translation>
        </message>
        <message>
            <source>The same guidance in English</source>
            <translation>Yr un canllawiau yn Saesneg</translation>
        </message>
        <message>
            <source>The same guidance in Welsh</source>
            <translation>Yr un canllawiau yn Gymraeg</translation>
        </message>
        <message>
            <source>A low response</source>
            <translation>Ymateb isel</translation>
        </message>
        <message>
            <source>A middling response</source>
            <translation>Ymateb canolig</translation>
        </message>
        <message>
            <source>A high response</source>
            <translation>Ymateb uchel</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>draft translation, to be reviewed</source>
            <translation>cyfieithiad drafft, i'w adolygu</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Iaith</translation>
        </message>
        <message>
            <source>The language of CoopEval's screens and messages:</source>
            <translation>Iaith sgriniau a negeseuon CoopEval:</translation>
        </message>
        <message>
            <source>The system's language (Cymraeg if the computer is set to Welsh, otherwise English)</source>
            <translation>Iaith y system (Cymraeg os yw'r cyfrifiadur wedi'i osod i'r Gymraeg, Saesneg fel arall)</translation>
        </message>
        <message>
            <source>The new language applies the next time CoopEval starts.</source>
            <translation>Bydd yr iaith newydd yn dod i rym y tro nesaf y bydd CoopEval yn cychwyn.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tenders in this workspace</source>
            <translation>Tendrau yn y gofod gwaith hwn</translation>
        </message>
        <message>
            <source>&amp;New tender…</source>
            <translation>Tend&amp;r newydd…</translation>
        </message>
        <message>
            <source>New tender</source>
            <translation>Tendr newydd</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tenders&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tendrau&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Tender pages</source>
            <translation>Tudalennau'r tendr</translation>
        </message>
        <message>
            <source>Choose a tender on the left, or create one with New tender.</source>
            <translation>Dewiswch dendr ar y chwith, neu crëwch un gyda Tendr newydd.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wrthi'n cychwyn…</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Wrthi'n agor %1…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <source>&amp;Tender</source>
            <translation>&amp;Tendr</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Golwg</translation>
        </message>
        <message>
            <source>&amp;Workspace</source>
            <translation>&amp;Gofod gwaith</translation>
        </message>
        <message>
            <source>&amp;Frameworks</source>
            <translation>&amp;Fframweithiau</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>G&amp;osodiadau</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Iaith…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Canllaw defnyddwyr</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
        </message>
        <message>
            <source>&amp;About CoopEval</source>
            <translation>&amp;Ynghylch CoopEval</translation>
        </message>
        <message>
            <source>CoopEval</source>
            <translation>CoopEval</translation>
        </message>
        <message>
            <source>{name} [read-only] — CoopEval</source>
            <translation>{name} [darllen yn unig] — CoopEval</translation>
        </message>
        <message>
            <source>{name} — CoopEval</source>
            <translation>{name} — CoopEval</translation>
        </message>
        <message>
            <source>&lt;p&gt;Cymraeg: the Welsh translation is a draft, to be reviewed by a fluent speaker. A council can correct it without a new version of CoopEval: put the compiled catalogues &lt;code&gt;coopeval_cy.qm&lt;/code&gt; (the screens) and &lt;code&gt;coopeval.mo&lt;/code&gt; (messages and documents) in the folder &lt;code&gt;{folder}&lt;/code&gt;; they take precedence over the ones shipped, from the next start.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cymraeg: drafft yw'r cyfieithiad Cymraeg, i'w adolygu gan siaradwr rhugl. Gall cyngor ei gywiro heb fersiwn newydd o CoopEval: rhowch y catalogau wedi'u crynhoi &lt;code&gt;coopeval_cy.qm&lt;/code&gt; (y sgriniau) a &lt;code&gt;coopeval.mo&lt;/code&gt; (negeseuon a dogfennau) yn y ffolder &lt;code&gt;{folder}&lt;/code&gt;; bydd y rhain yn cael blaenoriaeth dros y rhai a ddaw gyda CoopEval, o'r tro nesaf y bydd yn cychwyn.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Opened read-only: nothing can be changed.</source>
            <translation>Wedi'i agor i'w ddarllen yn unig: ni ellir newid dim.</translation>
        </message>
        <message>
            <source>1 bid</source>
            <translation>1 cynnig</translation>
        </message>
        <message>
            <source>%1 bids</source>
            <translation>%1 cynnig</translation>
        </message>
        <message>
            <source> · %1/%2 scored</source>
            <translation> · %1/%2 wedi'u sgorio</translation>
        </message>
        <message>
            <source>Framework files that could not be loaded</source>
            <translation>Ffeiliau fframwaith na ellid eu llwytho</translation>
        </message>
        <message>
            <source>Some framework files could not be loaded and are not shown:</source>
            <translation>Nid oedd modd llwytho rhai ffeiliau fframwaith, ac nid ydynt yn cael eu dangos:</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… a {count} arall</translation>
        </message>
        <message>
            <source>Back to the workspace</source>
            <translation>Yn ôl i'r gofod gwaith</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Llwybrau byr y bysellfwrdd</translation>
        </message>
        <message>
            <source>About CoopEval</source>
            <translation>Ynghylch CoopEval</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CoopEval %1&lt;/h3&gt;&lt;p&gt;Score the co-operative social value of tender bids, beside your council's own TOMs.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CoopEval %1&lt;/h3&gt;&lt;p&gt;Offeryn i sgorio gwerth cymdeithasol cydweithredol cynigion tendr, ochr yn ochr â TOMs eich cyngor eich hun.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>the demo workspace</source>
            <translation>y gofod gwaith enghreifftiol</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <source>Choose columns</source>
            <translation>Dewis colofnau</translation>
        </message>
        <message>
            <source>Payment date</source>
            <translation>Dyddiad talu</translation>
        </message>
        <message>
            <source>Supplier name</source>
            <translation>Enw'r cyflenwr</translation>
        </message>
        <message>
            <source>Amount (£)</source>
            <translation>Swm (£)</translation>
        </message>
        <message>
            <source>Supplier ID</source>
            <translation>ID y cyflenwr</translation>
        </message>
        <message>
            <source>Company number</source>
            <translation>Rhif cwmni</translation>
        </message>
        <message>
            <source>Transaction number</source>
            <translation>Rhif trafodyn</translation>
        </message>
        <message>
            <source>Expense area</source>
            <translation>Maes gwariant</translation>
        </message>
        <message>
            <source>CoopEval did not recognise the columns of the file. Say which column holds each field; those marked * are needed.</source>
            <translation>Nid oedd CoopEval yn adnabod colofnau'r ffeil. Nodwch pa golofn sy'n dal pob maes; mae angen y rhai sydd wedi'u marcio â *.</translation>
        </message>
        <message>
            <source>Say which column of the file holds each field; those marked * are needed.</source>
            <translation>Nodwch pa golofn yn y ffeil sy'n dal pob maes; mae angen y rhai sydd wedi'u marcio â *.</translation>
        </message>
        <message>
            <source>CoopEval did not recognise the columns of {file}. Say which column holds each field; those marked * are needed.</source>
            <translation>Nid oedd CoopEval yn adnabod colofnau {file}. Nodwch pa golofn sy'n dal pob maes; mae angen y rhai sydd wedi'u marcio â *.</translation>
        </message>
        <message>
            <source>Say which column of {file} holds each field; those marked * are needed.</source>
            <translation>Nodwch pa golofn yn {file} sy'n dal pob maes; mae angen y rhai sydd wedi'u marcio â *.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(dim)</translation>
        </message>
        <message>
            <source>Start from a saved mapping</source>
            <translation>Dechrau o fapio a gadwyd</translation>
        </message>
        <message>
            <source>Start &amp;from:</source>
            <translation>Dechrau &amp;o:</translation>
        </message>
        <message>
            <source>(choose a column)</source>
            <translation>(dewiswch golofn)</translation>
        </message>
        <message>
            <source>(not in this file)</source>
            <translation>(ddim yn y ffeil hon)</translation>
        </message>
        <message>
            <source>e.g. Council payments over £500</source>
            <translation>e.e. Taliadau'r cyngor dros £500</translation>
        </message>
        <message>
            <source>Save this mapping as</source>
            <translation>Cadw'r mapio hwn fel</translation>
        </message>
        <message>
            <source>Leave empty to use these columns for this file only.</source>
            <translation>Gadewch yn wag i ddefnyddio'r colofnau hyn ar gyfer y ffeil hon yn unig.</translation>
        </message>
        <message>
            <source>&amp;Save this mapping as:</source>
            <translation>&amp;Cadw'r mapio hwn fel:</translation>
        </message>
        <message>
            <source>The workspace is open read-only: nothing can be saved in it.</source>
            <translation>Mae'r gofod gwaith ar agor i'w ddarllen yn unig: ni ellir cadw dim ynddo.</translation>
        </message>
        <message>
            <source>Problem with the columns</source>
            <translation>Problem gyda'r colofnau</translation>
        </message>
        <message>
            <source>&amp;Use these columns</source>
            <translation>&amp;Defnyddio'r colofnau hyn</translation>
        </message>
        <message>
            <source>Use these columns</source>
            <translation>Defnyddio'r colofnau hyn</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Choose a column for: {fields}.</source>
            <translation>Dewiswch golofn ar gyfer: {fields}.</translation>
        </message>
        <message>
            <source>Each column can hold one field only: {columns} is chosen twice.</source>
            <translation>Dim ond un maes y gall pob colofn ei ddal: mae {columns} wedi'i dewis ddwywaith.</translation>
        </message>
    </context>
    <context>
        <name>MeasurePicker</name>
        <message>
            <source>Measures from the workspace's frameworks</source>
            <translation>Mesurau o fframweithiau'r gofod gwaith</translation>
        </message>
        <message>
            <source>Add the shi&amp;pped frameworks</source>
            <translation>Ychwanegu fframweithiau CoopE&amp;val</translation>
        </message>
        <message>
            <source>Import framewor&amp;k…</source>
            <translation>Mew&amp;nforio fframwaith…</translation>
        </message>
        <message>
            <source>&amp;Import spreadsheet…</source>
            <translation>&amp;Mewnforio taenlen…</translation>
        </message>
        <message>
            <source>Import a CoopEval framework file (.toml).</source>
            <translation>Mewnforio ffeil fframwaith CoopEval (.toml).</translation>
        </message>
        <message>
            <source>Import the council's own table of measures (.xlsx or .csv).</source>
            <translation>Mewnforio tabl mesurau'r cyngor ei hun (.xlsx neu .csv).</translation>
        </message>
        <message>
            <source>Suggested set of measures</source>
            <translation>Set o fesurau a awgrymir</translation>
        </message>
        <message>
            <source>&amp;Add this set</source>
            <translation>Ychw&amp;anegu'r set hon</translation>
        </message>
        <message>
            <source>Adds the set's measures to those already chosen.</source>
            <translation>Yn ychwanegu mesurau'r set at y rhai a ddewiswyd eisoes.</translation>
        </message>
        <message>
            <source>Search codes, titles and descriptions</source>
            <translation>Chwilio codau, teitlau a disgrifiadau</translation>
        </message>
        <message>
            <source>Search measures to pick</source>
            <translation>Chwilio'r mesurau i'w dewis</translation>
        </message>
        <message>
            <source>Measures to pick: check a measure to add it to the tender</source>
            <translation>Mesurau i'w dewis: ticiwch fesur i'w ychwanegu at y tendr</translation>
        </message>
        <message>
            <source>Measure picker note</source>
            <translation>Nodyn y dewisydd mesurau</translation>
        </message>
        <message>
            <source>Measure picker message</source>
            <translation>Neges y dewisydd mesurau</translation>
        </message>
        <message>
            <source>Su&amp;ggested set:</source>
            <translation>&amp;Set a awgrymir:</translation>
        </message>
        <message>
            <source>qualitative</source>
            <translation>ansoddol</translation>
        </message>
        <message>
            <source>quantitative</source>
            <translation>meintiol</translation>
        </message>
        <message>
            <source>A quality companion: service quality rather than co-operative value, in none of the scored sets.</source>
            <translation>Cydymaith ansawdd: ansawdd y gwasanaeth yn hytrach na gwerth cydweithredol, heb fod yn yr un o'r setiau a gaiff sgôr.</translation>
        </message>
        <message>
            <source>{set} ({count} measures) — {framework}</source>
            <translation>{set} ({count} mesur) — {framework}</translation>
        </message>
        <message>
            <source>{framework} ({version}) — {chosen} of {total} chosen</source>
            <translation>{framework} ({version}) — {chosen} o {total} wedi'u dewis</translation>
        </message>
        <message>
            <source>No measure matches “{search}”.</source>
            <translation>Nid oes mesur yn cyfateb i “{search}”.</translation>
        </message>
        <message>
            <source>Added {count} measures from the {set} set.</source>
            <translation>Wedi ychwanegu {count} mesur o'r set {set}.</translation>
        </message>
        <message>
            <source>Every measure of the {set} set is already chosen.</source>
            <translation>Mae pob mesur o'r set {set} wedi'i ddewis eisoes.</translation>
        </message>
        <message>
            <source>Added to this workspace: {frameworks}.</source>
            <translation>Wedi'u hychwanegu at y gofod gwaith hwn: {frameworks}.</translation>
        </message>
        <message>
            <source>{framework} version {version} is in this workspace.</source>
            <translation>Mae {framework} fersiwn {version} yn y gofod gwaith hwn.</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Yn darllen {file}…</translation>
        </message>
        <message>
            <source> Read {measures} measures in {themes} themes; the framework file is saved as {file}.</source>
            <translation> Darllenwyd {measures} mesur mewn {themes} thema; mae ffeil y fframwaith wedi'i chadw fel {file}.</translation>
        </message>
        <message>
            <source>This workspace holds no frameworks yet. Add the shipped frameworks, or import a framework file or a council spreadsheet.</source>
            <translation>Nid oes fframweithiau yn y gofod gwaith hwn eto. Ychwanegwch fframweithiau CoopEval, neu mewnforiwch ffeil fframwaith neu daenlen cyngor.</translation>
        </message>
        <message>
            <source>Import a framework file</source>
            <translation>Mewnforio ffeil fframwaith</translation>
        </message>
        <message>
            <source>Framework files (*.toml)</source>
            <translation>Ffeiliau fframwaith (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>MeasureTableModel</name>
        <message>
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesur</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Uned</translation>
        </message>
        <message>
            <source>Tenders</source>
            <translation>Tendrau</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Addawyd</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Cyflawnwyd</translation>
        </message>
        <message>
            <source>Delivered share</source>
            <translation>Cyfran a gyflawnwyd</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Gorau po isaf</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Gorau po uchaf</translation>
        </message>
        <message>
            <source>Measure code</source>
            <translation>Cod y mesur</translation>
        </message>
        <message>
            <source>What the measure asks for</source>
            <translation>Beth mae'r mesur yn gofyn amdano</translation>
        </message>
        <message>
            <source>Out of</source>
            <translation>Allan o</translation>
        </message>
        <message>
            <source>The measure's weight: the points on offer</source>
            <translation>Pwysiad y mesur: y pwyntiau sydd ar gael</translation>
        </message>
        <message>
            <source>{name} ({identifier}): points, and the quantity committed</source>
            <translation>{name} ({identifier}): pwyntiau, a'r maint a ymrwymwyd</translation>
        </message>
        <message>
            <source>{points} (none committed)</source>
            <translation>{points} (dim wedi'i ymrwymo)</translation>
        </message>
        <message>
            <source>{points} (committed {quantity})</source>
            <translation>{points} (ymrwymwyd {quantity})</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <source>Meeting mode — %1</source>
            <translation>Modd cyfarfod — %1</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Modd cyfarfod</translation>
        </message>
        <message>
            <source>Conflicts of interest in this bid</source>
            <translation>Gwrthdaro buddiannau yn y cynnig hwn</translation>
        </message>
        <message>
            <source>The item under discussion</source>
            <translation>Yr eitem sy'n cael ei thrafod</translation>
        </message>
        <message>
            <source>Individual scores</source>
            <translation>Sgoriau unigol</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensws</translation>
        </message>
        <message>
            <source>The bid's response</source>
            <translation>Ymateb y cynnig</translation>
        </message>
        <message>
            <source>Meeting mode keys</source>
            <translation>Bysellau'r modd cyfarfod</translation>
        </message>
        <message>
            <source>No later item needs discussion.   </source>
            <translation>Nid oes angen trafod unrhyw eitem ddiweddarach.   </translation>
        </message>
        <message>
            <source>Nothing to show: no items in the grid.</source>
            <translation>Dim i'w ddangos: dim eitemau yn y grid.</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <translation>Eitem %1 o %2</translation>
        </message>
        <message>
            <source>Individual scores hidden</source>
            <translation>Sgoriau unigol wedi'u cuddio</translation>
        </message>
        <message>
            <source>%1 score(s). Press R to reveal them.</source>
            <translation>%1 sgôr. Pwyswch R i'w dangos.</translation>
        </message>
        <message>
            <source>→ next · ← previous · D next needing discussion · R reveal or hide scores · ↑ ↓ scroll · Esc leave</source>
            <translation>→ nesaf · ← blaenorol · D nesaf sydd angen ei thrafod · R dangos neu guddio'r sgoriau · ↑ ↓ sgrolio · Esc gadael</translation>
        </message>
        <message>
            <source> · digits choose the consensus score · Ctrl+Enter record</source>
            <translation> · digidau'n dewis y sgôr consensws · Ctrl+Enter cofnodi</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Edit panel member</source>
            <translation>Golygu aelod o'r panel</translation>
        </message>
        <message>
            <source>Add panel member</source>
            <translation>Ychwanegu aelod at y panel</translation>
        </message>
        <message>
            <source>Problem with the member's details</source>
            <translation>Problem gyda manylion yr aelod</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rôl</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>E-&amp;bost</translation>
        </message>
        <message>
            <source>A member's name cannot change: their declarations and scores are kept under it.</source>
            <translation>Ni ellir newid enw aelod: caiff ei ddatganiadau a'i sgoriau eu cadw dano.</translation>
        </message>
        <message>
            <source>&amp;Save member</source>
            <translation>&amp;Cadw'r aelod</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>&amp;Ychwanegu'r aelod</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Conflicts of interest</source>
            <translation>Gwrthdaro buddiannau</translation>
        </message>
        <message>
            <source>Has not declared: cannot see any bid yet</source>
            <translation>Heb wneud datganiad: ni all weld unrhyw gynnig eto</translation>
        </message>
        <message>
            <source>Interest declared ({scope}): awaits the officer's resolution</source>
            <translation>Buddiant wedi'i ddatgan ({scope}): yn aros am benderfyniad y swyddog</translation>
        </message>
        <message>
            <source>Excluded from {scope}</source>
            <translation>Wedi'i eithrio o {scope}</translation>
        </message>
        <message>
            <source>Interest mitigated ({scope})</source>
            <translation>Buddiant wedi'i liniaru ({scope})</translation>
        </message>
        <message>
            <source>may see {visible} of {active} bids</source>
            <translation>caiff weld {visible} o {active} cynnig</translation>
        </message>
        <message>
            <source>Excluded from the whole tender</source>
            <translation>Wedi'i eithrio o'r tendr cyfan</translation>
        </message>
        <message>
            <source>Declared no interest</source>
            <translation>Wedi datgan dim buddiant</translation>
        </message>
    </context>
    <context>
        <name>ModelShareTableModel</name>
        <message>
            <source>Ownership model</source>
            <translation>Model perchnogaeth</translation>
        </message>
        <message>
            <source>Co-op or democratic</source>
            <translation>Cydweithredol neu ddemocrataidd</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Swm</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Cyfran</translation>
        </message>
    </context>
    <context>
        <name>ModerationGrid</name>
        <message>
            <source>agree</source>
            <translation>cytuno</translation>
        </message>
        <message>
            <source>discuss</source>
            <translation>trafod</translation>
        </message>
        <message>
            <source>split</source>
            <translation>rhanedig</translation>
        </message>
        <message>
            <source>no scores</source>
            <translation>dim sgoriau</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>swm</translation>
        </message>
        <message>
            <source>%1 agreed %2</source>
            <translation>%1 cytunwyd %2</translation>
        </message>
        <message>
            <source>no consensus</source>
            <translation>dim consensws</translation>
        </message>
        <message>
            <source>committed %1</source>
            <translation>ymrwymwyd %1</translation>
        </message>
        <message>
            <source>%1 accepted %2</source>
            <translation>%1 derbyniwyd %2</translation>
        </message>
        <message>
            <source>%1 accepted %2 of %3</source>
            <translation>%1 derbyniwyd %2 o %3</translation>
        </message>
        <message>
            <source>%1 score(s) from %2 to %3, median %4</source>
            <translation>%1 sgôr o %2 i %3, canolrif %4</translation>
        </message>
        <message>
            <source>%1 draft(s) still to be submitted or withdrawn</source>
            <translation>%1 drafft i'w cyflwyno neu eu tynnu'n ôl o hyd</translation>
        </message>
        <message>
            <source>declared interest: %1</source>
            <translation>buddiant a ddatganwyd: %1</translation>
        </message>
        <message>
            <source>qualitative</source>
            <translation>ansoddol</translation>
        </message>
        <message>
            <source>quantitative</source>
            <translation>meintiol</translation>
        </message>
    </context>
    <context>
        <name>ModerationItem</name>
        <message>
            <source>no</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>personal</source>
            <translation>personol</translation>
        </message>
        <message>
            <source>professional</source>
            <translation>proffesiynol</translation>
        </message>
        <message>
            <source>financial</source>
            <translation>ariannol</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>gwirioneddol</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>posibl</translation>
        </message>
        <message>
            <source>perceived</source>
            <translation>canfyddedig</translation>
        </message>
        <message>
            <source>no action</source>
            <translation>dim camau</translation>
        </message>
        <message>
            <source>mitigated</source>
            <translation>wedi'i liniaru</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>wedi'i eithrio</translation>
        </message>
        <message>
            <source>discussion</source>
            <translation>trafodaeth</translation>
        </message>
        <message>
            <source>within tolerance</source>
            <translation>o fewn y goddefiant</translation>
        </message>
        <message>
            <source>Evaluator %1</source>
            <translation>Gwerthuswr %1</translation>
        </message>
        <message>
            <source>the whole tender</source>
            <translation>y tendr cyfan</translation>
        </message>
        <message>
            <source>not yet resolved</source>
            <translation>heb ei ddatrys eto</translation>
        </message>
        <message>
            <source>⚠ %1 declared a %2 interest in %3 (resolution: %4). Ask %1 to leave the room while this bid is discussed.</source>
            <translation>⚠ Datganodd %1 fuddiant %2 yn %3 (datrysiad: %4). Gofynnwch i %1 adael yr ystafell tra bo'r cynnig hwn yn cael ei drafod.</translation>
        </message>
        <message>
            <source>Quantitative, lower is better: no individual scores. The panel accepts the commitment, or a higher (less favourable) figure with the reason.</source>
            <translation>Meintiol, is sy'n well: dim sgoriau unigol. Mae'r panel yn derbyn yr ymrwymiad, neu ffigur uwch (llai ffafriol) gyda'r rheswm.</translation>
        </message>
        <message>
            <source>Quantitative: no individual scores. The panel accepts the commitment, or a lower figure with the reason.</source>
            <translation>Meintiol: dim sgoriau unigol. Mae'r panel yn derbyn yr ymrwymiad, neu ffigur is gyda'r rheswm.</translation>
        </message>
        <message>
            <source>Bidder reference</source>
            <translation>Cyfeirnod y cynigydd</translation>
        </message>
        <message>
            <source>Committed by the bid</source>
            <translation>Wedi'i ymrwymo yn y cynnig</translation>
        </message>
        <message>
            <source>of the scale</source>
            <translation>o'r raddfa</translation>
        </message>
        <message>
            <source>Scores counted</source>
            <translation>Sgoriau a gyfrifwyd</translation>
        </message>
        <message>
            <source>Abstentions</source>
            <translation>Ymataliadau</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Canolrif</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Cymedr</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Amrediad</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Gwasgariad</translation>
        </message>
        <message>
            <source>Within tolerance: the median, %1, is proposed. The panel confirms it with a rationale.</source>
            <translation>O fewn y goddefiant: cynigir y canolrif, %1. Mae'r panel yn ei gadarnhau gyda rhesymeg.</translation>
        </message>
        <message>
            <source>Nobody scored this item.</source>
            <translation>Ni roddodd neb sgôr i'r eitem hon.</translation>
        </message>
        <message>
            <source>DRAFT: to be submitted or withdrawn</source>
            <translation>DRAFFT: i'w gyflwyno neu ei dynnu'n ôl</translation>
        </message>
        <message>
            <source>WITHDRAWN: kept, not counted</source>
            <translation>WEDI'I DYNNU'N ÔL: wedi'i gadw, heb ei gyfrif</translation>
        </message>
        <message>
            <source>Abstained because</source>
            <translation>Wedi ymatal oherwydd</translation>
        </message>
        <message>
            <source>Where in the bid</source>
            <translation>Ble yn y cynnig</translation>
        </message>
        <message>
            <source>abstained</source>
            <translation>wedi ymatal</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Gwerthuswr</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Sgôr</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rhesymeg</translation>
        </message>
        <message>
            <source>Rationale checks (flags, not refusals)</source>
            <translation>Gwiriadau'r rhesymeg (rhybuddion, nid gwrthodiadau)</translation>
        </message>
        <message>
            <source>No consensus recorded yet.</source>
            <translation>Dim consensws wedi'i gofnodi eto.</translation>
        </message>
        <message>
            <source>Consensus score %1</source>
            <translation>Sgôr consensws %1</translation>
        </message>
        <message>
            <source>Accepted quantity %1 (committed %2)</source>
            <translation>Swm a dderbyniwyd %1 (ymrwymwyd %2)</translation>
        </message>
        <message>
            <source>Why lower</source>
            <translation>Pam yn is</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Yn bresennol</translation>
        </message>
        <message>
            <source>recorded by %1 at %2</source>
            <translation>cofnodwyd gan %1 am %2</translation>
        </message>
        <message>
            <source>The bid’s response</source>
            <translation>Ymateb y cynnig</translation>
        </message>
        <message>
            <source>The scale</source>
            <translation>Y raddfa</translation>
        </message>
        <message>
            <source>%1 draft score(s) here must be submitted or withdrawn by their evaluator before a consensus can be recorded.</source>
            <translation>Rhaid i'w gwerthuswr gyflwyno neu dynnu'n ôl %1 sgôr drafft yma cyn y gellir cofnodi consensws.</translation>
        </message>
        <message>
            <source>Individual scores</source>
            <translation>Sgoriau unigol</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensws</translation>
        </message>
    </context>
    <context>
        <name>ModerationPage</name>
        <message>
            <source>Loading the moderation grid…</source>
            <translation>Wrthi'n llwytho'r grid cymedroli…</translation>
        </message>
        <message>
            <source>This tender is signed off: the moderation is read-only. Reopen it (with a reason) to revise.</source>
            <translation>Mae'r tendr hwn wedi'i gymeradwyo: mae'r cymedroli i'w ddarllen yn unig. Ailagorwch ef (gyda rheswm) i'w ddiwygio.</translation>
        </message>
        <message>
            <source>The workspace is open read-only: nothing can be recorded.</source>
            <translation>Mae'r gofod gwaith ar agor i'w ddarllen yn unig: ni ellir cofnodi dim.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Moderation comes after individual scoring.&lt;/h3&gt;&lt;p&gt;Start evaluation on the Set-up page first.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Daw'r cymedroli ar ôl y sgorio unigol.&lt;/h3&gt;&lt;p&gt;Dechreuwch y gwerthuso ar y dudalen Sefydlu yn gyntaf.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Gwerthuswr</translation>
        </message>
        <message>
            <source>Scored</source>
            <translation>Wedi'u sgorio</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Wedi'u cyflwyno</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Drafftiau</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Individual scoring is still open.&lt;/h3&gt;&lt;p&gt;When the officer opens moderation every individual score locks. Drafts not yet submitted are then listed first: each evaluator submits or withdraws their own. Until then scoring is blind, so only counts are shown here.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Mae'r sgorio unigol ar agor o hyd.&lt;/h3&gt;&lt;p&gt;Pan fydd y swyddog yn agor y cymedroli, mae pob sgôr unigol yn cloi. Yna rhestrir yn gyntaf y drafftiau sydd heb eu cyflwyno: mae pob gwerthuswr yn cyflwyno neu'n tynnu ei rai ei hun yn ôl. Tan hynny mae'r sgorio'n ddall, felly dim ond cyfrifon a ddangosir yma.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <translation>Eitem %1 o %2</translation>
        </message>
        <message>
            <source>No item needs discussion: every discuss or split item has a consensus.</source>
            <translation>Nid oes angen trafod unrhyw eitem: mae consensws gan bob eitem i'w thrafod neu wedi'i hollti.</translation>
        </message>
        <message>
            <source>Recorded the consensus for %1 · %2.</source>
            <translation>Cofnodwyd y consensws ar gyfer %1 · %2.</translation>
        </message>
        <message>
            <source>No item shown in the grid is left without a consensus.</source>
            <translation>Nid oes unrhyw eitem a ddangosir yn y grid heb gonsensws.</translation>
        </message>
        <message>
            <source>Next without a consensus: %1 · %2.</source>
            <translation>Yr un nesaf heb gonsensws: %1 · %2.</translation>
        </message>
        <message>
            <source>Every quantitative item with a commitment already has a consensus.</source>
            <translation>Mae consensws eisoes gan bob eitem feintiol sydd ag ymrwymiad.</translation>
        </message>
        <message>
            <source>Accept %1 commitment(s) from %2 bid(s) as committed?

Each of them is recorded as its own consensus, at the quantity the bid committed, with the rationale below and the members present by default (those with a declared interest in the bid left out). Items that already have a consensus are not changed; lower any quantity the panel doubts one by one first.

Rationale (required), for every one of them:</source>
            <translation>Derbyn %1 ymrwymiad o %2 cynnig fel y'u hymrwymwyd?

Cofnodir pob un fel ei gonsensws ei hun, ar y swm a ymrwymodd y cynnig, gyda'r rhesymeg isod a'r aelodau sy'n bresennol yn ddiofyn (gan adael allan y rhai sydd wedi datgan buddiant yn y cynnig). Ni chaiff eitemau sydd eisoes â chonsensws eu newid; gostyngwch fesul un yn gyntaf unrhyw swm y mae'r panel yn ei amau.

Rhesymeg (gofynnol), ar gyfer pob un ohonynt:</translation>
        </message>
        <message>
            <source>Accept %1 commitment(s) as committed</source>
            <translation>Derbyn %1 ymrwymiad fel y'u hymrwymwyd</translation>
        </message>
        <message>
            <source>Accepted %1 commitment(s) as committed, each recorded as its own consensus.</source>
            <translation>Derbyniwyd %1 ymrwymiad fel y'u hymrwymwyd, a chofnodwyd pob un fel ei gonsensws ei hun.</translation>
        </message>
        <message>
            <source>Open moderation for %1? Every individual score locks.</source>
            <translation>Agor y cymedroli ar gyfer %1? Bydd pob sgôr unigol yn cloi.</translation>
        </message>
        <message>
            <source>%1 draft score(s) are not submitted; their evaluators will submit or withdraw them at moderation.</source>
            <translation>Nid yw %1 sgôr ddrafft wedi'u cyflwyno; bydd eu gwerthuswyr yn eu cyflwyno neu'n eu tynnu'n ôl yn y cymedroli.</translation>
        </message>
        <message>
            <source>Open moderation</source>
            <translation>Agor y cymedroli</translation>
        </message>
        <message>
            <source>%1 submits %2 draft score(s) as they stand; they then count in moderation.

Only %1 should confirm this.</source>
            <translation>Mae %1 yn cyflwyno %2 sgôr ddrafft fel y maent; yna byddant yn cyfrif yn y cymedroli.

Dim ond %1 ddylai gadarnhau hyn.</translation>
        </message>
        <message>
            <source>Submit drafts as %1</source>
            <translation>Cyflwyno drafftiau fel %1</translation>
        </message>
        <message>
            <source>Withdraw drafts as %1</source>
            <translation>Tynnu drafftiau'n ôl fel %1</translation>
        </message>
        <message>
            <source>%1 withdraws %2 draft score(s): they are kept but not counted. Why?</source>
            <translation>Mae %1 yn tynnu %2 sgôr ddrafft yn ôl: fe'u cedwir ond nid ydynt yn cyfrif. Pam?</translation>
        </message>
        <message>
            <source>Choose one evaluator's drafts at a time: each evaluator settles their own.</source>
            <translation>Dewiswch ddrafftiau un gwerthuswr ar y tro: mae pob gwerthuswr yn penderfynu ar ei rai ei hun.</translation>
        </message>
    </context>
    <context>
        <name>ModerationWidgets</name>
        <message>
            <source>Open moderation…</source>
            <translation>Agor cymedroli…</translation>
        </message>
        <message>
            <source>Open moderation: lock every individual score</source>
            <translation>Agor cymedroli: cloi pob sgôr unigol</translation>
        </message>
        <message>
            <source>Only items needing &amp;discussion</source>
            <translation>Dim ond eitemau sydd angen eu &amp;trafod</translation>
        </message>
        <message>
            <source>Show only measures with an item needing discussion</source>
            <translation>Dangos dim ond mesurau ag eitem sydd angen ei thrafod</translation>
        </message>
        <message>
            <source>Order of the measures in the grid</source>
            <translation>Trefn y mesurau yn y grid</translation>
        </message>
        <message>
            <source>Framework order</source>
            <translation>Trefn y fframwaith</translation>
        </message>
        <message>
            <source>Most disagreement first</source>
            <translation>Yr anghytundeb mwyaf yn gyntaf</translation>
        </message>
        <message>
            <source>&amp;Anonymise evaluators</source>
            <translation>&amp;Dienwi'r gwerthuswyr</translation>
        </message>
        <message>
            <source>Anonymise evaluators' names</source>
            <translation>Dienwi enwau'r gwerthuswyr</translation>
        </message>
        <message>
            <source>Next needing discussion</source>
            <translation>Nesaf sydd angen ei thrafod</translation>
        </message>
        <message>
            <source>Next item needing discussion (Ctrl+D)</source>
            <translation>Yr eitem nesaf sydd angen ei thrafod (Ctrl+D)</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Hanes…</translation>
        </message>
        <message>
            <source>History of this item's scores and consensus (Ctrl+H)</source>
            <translation>Hanes sgoriau a chonsensws yr eitem hon (Ctrl+H)</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Modd cyfarfod</translation>
        </message>
        <message>
            <source>Meeting mode: full screen, one item at a time (F11)</source>
            <translation>Modd cyfarfod: sgrin lawn, un eitem ar y tro (F11)</translation>
        </message>
        <message>
            <source>&amp;Order:</source>
            <translation>T&amp;refn:</translation>
        </message>
        <message>
            <source>About this moderation</source>
            <translation>Am y cymedroli hwn</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Neges</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Cymedroli</translation>
        </message>
        <message>
            <source>Grid legend</source>
            <translation>Allwedd y grid</translation>
        </message>
        <message>
            <source>consensus recorded</source>
            <translation>consensws wedi'i gofnodi</translation>
        </message>
        <message>
            <source>drafts to settle</source>
            <translation>drafftiau i'w setlo</translation>
        </message>
        <message>
            <source>bold: needs discussion</source>
            <translation>trwm: angen ei thrafod</translation>
        </message>
        <message>
            <source>Consensus editor</source>
            <translation>Golygydd y consensws</translation>
        </message>
        <message>
            <source>Moderation grid: measures down, bids across</source>
            <translation>Grid cymedroli: mesurau i lawr, cynigion ar draws</translation>
        </message>
    </context>
    <context>
        <name>NewPassphrase</name>
        <message>
            <source>New passphrase</source>
            <translation>Cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>At least {count} characters; three random words are good</source>
            <translation>O leiaf {count} nod; mae tri gair ar hap yn dda</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Cyfrinymadrodd newydd eto</translation>
        </message>
        <message>
            <source>Problem with the new passphrase</source>
            <translation>Problem gyda'r cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Nid yw'r ddau gyfrinymadrodd yr un fath.</translation>
        </message>
    </context>
    <context>
        <name>NewTenderDialog</name>
        <message>
            <source>New tender</source>
            <translation>Tendr newydd</translation>
        </message>
        <message>
            <source>e.g. £250,000</source>
            <translation>e.e. £250,000</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>heb ei osod</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mis</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Cyfeirnod</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Teitl</translation>
        </message>
        <message>
            <source>&amp;Authority</source>
            <translation>&amp;Awdurdod</translation>
        </message>
        <message>
            <source>Contract &amp;value (£)</source>
            <translation>&amp;Gwerth y contract (£)</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>&amp;Hyd</translation>
        </message>
        <message>
            <source>&amp;Scale</source>
            <translation>Gr&amp;addfa</translation>
        </message>
        <message>
            <source>Social value &amp;weight of the whole tender</source>
            <translation>&amp;Pwysoliad gwerth cymdeithasol y tendr cyfan</translation>
        </message>
        <message>
            <source>Problems with the new tender</source>
            <translation>Problemau gyda'r tendr newydd</translation>
        </message>
        <message>
            <source>Not created, {count} problems:
{problems}</source>
            <translation>Heb ei greu, {count} problem:
{problems}</translation>
        </message>
        <message>
            <source>Not created: {problem}</source>
            <translation>Heb ei greu: {problem}</translation>
        </message>
        <message>
            <source>Below the 10% that central government guidance (PPN 002) sets as a floor.</source>
            <translation>Islaw'r 10% y mae canllawiau llywodraeth ganolog (PPN 002) yn ei osod yn isafswm.</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancelled</source>
            <translation>Wedi canslo</translation>
        </message>
    </context>
    <context>
        <name>OtherCriteria</name>
        <message>
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Ansawdd</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
    </context>
    <context>
        <name>OtherCriteriaDialog</name>
        <message>
            <source>Other award criteria</source>
            <translation>Meini prawf dyfarnu eraill</translation>
        </message>
        <message>
            <source>Award criteria other than social value</source>
            <translation>Meini prawf dyfarnu ar wahân i werth cymdeithasol</translation>
        </message>
        <message>
            <source>Each bid's score on each criterion</source>
            <translation>Sgôr pob cynnig ar bob maen prawf</translation>
        </message>
        <message>
            <source>&amp;Add criterion…</source>
            <translation>&amp;Ychwanegu maen prawf…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Golygu…</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Tynnu…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Mewnforio…</translation>
        </message>
        <message>
            <source>&amp;Score…</source>
            <translation>&amp;Sgorio…</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>The whole result</source>
            <translation>Y canlyniad cyfan</translation>
        </message>
        <message>
            <source>Scores (double-click a cell, or select it and press Score…; the reasons show when you point at a score)</source>
            <translation>Sgoriau (cliciwch ddwywaith ar gell, neu dewiswch hi a phwyso Sgorio…; mae'r rhesymau'n ymddangos pan fyddwch yn pwyntio at sgôr)</translation>
        </message>
        <message>
            <source>Social value is {weight}% of the whole tender in {tender}. Record here the council's other award criteria (price, quality…), assessed outside CoopEval, and each bid's score with its reasons, so the summaries and the report can state the whole result. The weights of the other criteria and social value must add up to 100.</source>
            <translation>Mae gwerth cymdeithasol yn {weight}% o'r tendr cyfan yn {tender}. Cofnodwch yma feini prawf dyfarnu eraill y cyngor (pris, ansawdd…), a asesir y tu allan i CoopEval, a sgôr pob cynnig gyda'i resymau, fel y gall y crynodebau a'r adroddiad nodi'r canlyniad cyfan. Rhaid i bwysiadau'r meini prawf eraill a gwerth cymdeithasol adio i 100.</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Taenlenni (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>They cannot change now: the tender is awarded (withdraw the award first) or the workspace is read-only.</source>
            <translation>Ni allant newid nawr: mae'r tendr wedi'i ddyfarnu (tynnwch y dyfarniad yn ôl yn gyntaf) neu mae'r gofod gwaith ar agor i'w ddarllen yn unig.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Maen prawf</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Weight %</source>
            <translation>Pwysiad %</translation>
        </message>
        <message>
            <source>Out of</source>
            <translation>Allan o</translation>
        </message>
        <message>
            <source>How it is scored</source>
            <translation>Sut y caiff ei sgorio</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>heb ei sgorio</translation>
        </message>
        <message>
            <source>No score yet</source>
            <translation>Dim sgôr eto</translation>
        </message>
        <message>
            <source>No other award criteria are recorded: the summaries and the report state the social value part of the assessment only.</source>
            <translation>Nid oes meini prawf dyfarnu eraill wedi'u cofnodi: mae'r crynodebau a'r adroddiad yn nodi rhan gwerth cymdeithasol yr asesiad yn unig.</translation>
        </message>
        <message>
            <source>Import other award criteria</source>
            <translation>Mewnforio meini prawf dyfarnu eraill</translation>
        </message>
    </context>
    <context>
        <name>OutcomeTableModel</name>
        <message>
            <source>Framework</source>
            <translation>Fframwaith</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Lefel</translation>
        </message>
        <message>
            <source>Framework, theme within it, or outcome within the theme</source>
            <translation>Fframwaith, thema ynddo, neu ganlyniad o fewn y thema</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Pennawd</translation>
        </message>
        <message>
            <source>What the points are for</source>
            <translation>Am beth mae'r pwyntiau</translation>
        </message>
        <message>
            <source>Out of</source>
            <translation>Allan o</translation>
        </message>
        <message>
            <source>The weight on offer under this heading</source>
            <translation>Y pwysiad sydd ar gael o dan y pennawd hwn</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Set up the measures and weights (they must total 100), add the panel, then start evaluation on the Set-up page.</source>
            <translation>Sefydlwch y mesurau a'r pwysoliadau (rhaid iddynt gyfanswm o 100), ychwanegwch y panel, yna dechreuwch y gwerthuso ar y dudalen Sefydlu.</translation>
        </message>
        <message>
            <source>Evaluators declare any conflict of interest, then score every bid on the Scoring page.</source>
            <translation>Mae'r gwerthuswyr yn datgan unrhyw wrthdaro buddiannau, yna'n sgorio pob cynnig ar y dudalen Sgorio.</translation>
        </message>
        <message>
            <source>The panel agrees a consensus score for every bid and measure, then signs off.</source>
            <translation>Mae'r panel yn cytuno ar sgôr consensws ar gyfer pob cynnig a mesur, yna'n cymeradwyo.</translation>
        </message>
        <message>
            <source>Signed off. Nothing can change unless an officer reopens the tender with a reason. Record the award when the contract award notice is published.</source>
            <translation>Wedi'i gymeradwyo. Ni all dim newid oni bai bod swyddog yn ailagor y tendr gyda rheswm. Cofnodwch y dyfarniad pan gyhoeddir yr hysbysiad dyfarnu contract.</translation>
        </message>
        <message>
            <source>Awarded. Agree the contract commitments and mark its KPIs, then start delivery.</source>
            <translation>Wedi'i ddyfarnu. Cytunwch ar ymrwymiadau'r contract a nodwch ei DPAau, yna dechreuwch y cyflawni.</translation>
        </message>
        <message>
            <source>In delivery. Take the supplier's delivery returns each quarter, check them, and rate each KPI at least once a year.</source>
            <translation>Yn cael ei gyflawni. Derbyniwch ffurflenni cyflawni'r cyflenwr bob chwarter, gwiriwch nhw, a graddiwch bob DPA o leiaf unwaith y flwyddyn.</translation>
        </message>
        <message>
            <source>Closed. The contract has ended; its delivery record is final.</source>
            <translation>Ar gau. Mae'r contract wedi dod i ben; mae ei gofnod cyflawni yn derfynol.</translation>
        </message>
        <message>
            <source>Tender overview</source>
            <translation>Trosolwg o'r tendr</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Awdurdod</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Contract value</source>
            <translation>Gwerth y contract</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Hyd</translation>
        </message>
        <message>
            <source>{count} months</source>
            <translation>{count} mis</translation>
        </message>
        <message>
            <source>Social value weight</source>
            <translation>Pwysoliad gwerth cymdeithasol</translation>
        </message>
        <message>
            <source>{percent}% of the whole tender</source>
            <translation>{percent}% o'r tendr cyfan</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Graddfa</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Mesurau</translation>
        </message>
        <message>
            <source>{count} (weights total {total}%)</source>
            <translation>{count} (cyfanswm y pwysoliadau {total}%)</translation>
        </message>
        <message>
            <source>Bids</source>
            <translation>Cynigion</translation>
        </message>
        <message>
            <source>{active} active, {withdrawn} withdrawn</source>
            <translation>{active} yn weithredol, {withdrawn} wedi'u tynnu'n ôl</translation>
        </message>
        <message>
            <source>Panel</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Individual scoring</source>
            <translation>Sgorio unigol</translation>
        </message>
        <message>
            <source>{scored} of {total} scored</source>
            <translation>{scored} o {total} wedi'u sgorio</translation>
        </message>
        <message>
            <source>Consensus still needed</source>
            <translation>Consensws sydd ei angen o hyd</translation>
        </message>
        <message>
            <source>Next step:</source>
            <translation>Y cam nesaf:</translation>
        </message>
    </context>
    <context>
        <name>PackActions</name>
        <message>
            <source>No evaluator is on this tender's panel.</source>
            <translation>Nid oes gwerthuswr ar banel y tendr hwn.</translation>
        </message>
        <message>
            <source>Export evaluator pack</source>
            <translation>Allforio pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>Whose pack?</source>
            <translation>Pecyn pwy?</translation>
        </message>
        <message>
            <source>Export evaluator pack for %1</source>
            <translation>Allforio pecyn gwerthuswr ar gyfer %1</translation>
        </message>
        <message>
            <source>Pack passphrase</source>
            <translation>Cyfrinymadrodd y pecyn</translation>
        </message>
        <message>
            <source>The pack is encrypted: choose a pack passphrase (at least 10 characters; three random words are good). Give it to %1 another way than the file, e.g. by phone, never in the same email.</source>
            <translation>Mae'r pecyn wedi'i amgryptio: dewiswch gyfrinymadrodd i'r pecyn (o leiaf 10 nod; mae tri gair ar hap yn dda). Rhowch ef i %1 mewn ffordd wahanol i'r ffeil, e.e. dros y ffôn, byth yn yr un e-bost.</translation>
        </message>
        <message>
            <source>Evaluator pack</source>
            <translation>Pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>Wrote %1. Give it to %2, and tell them the pack passphrase another way (by phone or in person, never with the file): they open it in CoopEval, sign in as themselves, score, and choose Return pack.</source>
            <translation>Ysgrifennwyd %1. Rhowch ef i %2, a dywedwch gyfrinymadrodd y pecyn wrthynt mewn ffordd arall (dros y ffôn neu wyneb yn wyneb, byth gyda'r ffeil): maent yn ei agor yn CoopEval, yn mewngofnodi fel nhw eu hunain, yn sgorio, ac yn dewis Dychwelyd y pecyn.</translation>
        </message>
        <message>
            <source>Exporting %1's evaluator pack…</source>
            <translation>Yn allforio pecyn gwerthuswr %1…</translation>
        </message>
        <message>
            <source>Import evaluator pack</source>
            <translation>Mewnforio pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>The pack passphrase for %1 (agreed when the pack was exported):</source>
            <translation>Cyfrinymadrodd y pecyn ar gyfer %1 (a gytunwyd pan allforiwyd y pecyn):</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Yn mewnforio %1…</translation>
        </message>
        <message>
            <source>Different submitted scores</source>
            <translation>Sgoriau a gyflwynwyd yn wahanol</translation>
        </message>
        <message>
            <source>Use the pack's scores…</source>
            <translation>Defnyddio sgoriau'r pecyn…</translation>
        </message>
        <message>
            <source>Keep the workspace's</source>
            <translation>Cadw rhai'r gofod gwaith</translation>
        </message>
        <message>
            <source>Why prefer the pack?</source>
            <translation>Pam dewis y pecyn?</translation>
        </message>
        <message>
            <source>Why do the pack's scores replace the submitted ones? The reason is kept in the audit log.</source>
            <translation>Pam mae sgoriau'r pecyn yn disodli'r rhai a gyflwynwyd? Cedwir y rheswm yn y log archwilio.</translation>
        </message>
    </context>
    <context>
        <name>PackMode</name>
        <message>
            <source>CoopEval evaluator packs (*.coopeval-pack);;All files (*)</source>
            <translation>Pecynnau gwerthuswr CoopEval (*.coopeval-pack);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Evaluator pack</source>
            <translation>Pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>About this evaluator pack</source>
            <translation>Am y pecyn gwerthuswr hwn</translation>
        </message>
        <message>
            <source>&amp;Return pack…</source>
            <translation>&amp;Dychwelyd y pecyn…</translation>
        </message>
        <message>
            <source>Return pack: submit my scores and write the file to hand back</source>
            <translation>Dychwelyd y pecyn: cyflwyno fy sgoriau ac ysgrifennu'r ffeil i'w rhoi'n ôl</translation>
        </message>
        <message>
            <source>Open evaluator pack</source>
            <translation>Agor pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>The pack passphrase for %1 (the officer gave it to you separately, e.g. by phone):</source>
            <translation>Cyfrinymadrodd y pecyn ar gyfer %1 (rhoddodd y swyddog ef i chi ar wahân, e.e. dros y ffôn):</translation>
        </message>
        <message>
            <source>Cannot open the evaluator pack</source>
            <translation>Methu agor y pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>Cannot save the evaluator pack</source>
            <translation>Methu cadw'r pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>{file} — evaluator pack — CoopEval</source>
            <translation>{file} — pecyn gwerthuswr — CoopEval</translation>
        </message>
        <message>
            <source>Evaluator pack for %1 — tender %2. Score, then Return pack.</source>
            <translation>Pecyn gwerthuswr ar gyfer %1 — tendr %2. Sgoriwch, yna Dychwelyd y pecyn.</translation>
        </message>
        <message>
            <source>Opened read-only: nothing you type can be saved.</source>
            <translation>Wedi'i agor i'w ddarllen yn unig: ni ellir cadw dim a deipiwch.</translation>
        </message>
        <message>
            <source>Cannot show the evaluator pack</source>
            <translation>Methu dangos y pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>A note could not be saved; see the item marked unsaved, then return the pack.</source>
            <translation>Nid oedd modd cadw nodyn; gwelwch yr eitem sydd wedi'i nodi heb ei chadw, yna dychwelwch y pecyn.</translation>
        </message>
        <message>
            <source>Submit your scores and write the pack to hand back? Submitted scores become read-only.</source>
            <translation>Cyflwyno eich sgoriau ac ysgrifennu'r pecyn i'w roi'n ôl? Bydd y sgoriau a gyflwynir yn rhai i'w darllen yn unig.</translation>
        </message>
        <message>
            <source>Return pack</source>
            <translation>Dychwelyd y pecyn</translation>
        </message>
        <message>
            <source>This pack was not opened from its encrypted file; open the .coopeval-pack file the officer sent, then choose Return pack.</source>
            <translation>Ni agorwyd y pecyn hwn o'i ffeil wedi'i hamgryptio; agorwch y ffeil .coopeval-pack a anfonodd y swyddog, yna dewiswch Dychwelyd y pecyn.</translation>
        </message>
        <message>
            <source>Cannot return the pack</source>
            <translation>Methu dychwelyd y pecyn</translation>
        </message>
        <message>
            <source>Your own passphrase, %1 (the one you sign in with, not the pack passphrase): the returned pack is signed with it so the officer knows you wrote it.</source>
            <translation>Eich cyfrinymadrodd eich hun, %1 (yr un rydych yn mewngofnodi ag ef, nid cyfrinymadrodd y pecyn): caiff y pecyn a ddychwelir ei lofnodi ag ef fel bod y swyddog yn gwybod mai chi a'i hysgrifennodd.</translation>
        </message>
        <message>
            <source>Returned: %1 holds your submitted scores. Send that file to the officer.</source>
            <translation>Dychwelwyd: mae %1 yn cynnwys y sgoriau a gyflwynwyd gennych. Anfonwch y ffeil honno at y swyddog.</translation>
        </message>
        <message>
            <source>Pack returned</source>
            <translation>Pecyn wedi'i ddychwelyd</translation>
        </message>
        <message>
            <source>Writing the pack to hand back…</source>
            <translation>Yn ysgrifennu'r pecyn i'w roi'n ôl…</translation>
        </message>
    </context>
    <context>
        <name>PackPassphrases</name>
        <message>
            <source>Type the pack passphrase again, to be sure:</source>
            <translation>Teipiwch gyfrinymadrodd y pecyn eto, i wneud yn siŵr:</translation>
        </message>
        <message>
            <source>The two entries differ; nothing was exported. Try again.</source>
            <translation>Mae'r ddau gofnod yn wahanol; ni allforiwyd dim. Rhowch gynnig arall arni.</translation>
        </message>
    </context>
    <context>
        <name>PanelLabels</name>
        <message>
            <source>Officer</source>
            <translation>Swyddog</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Gwerthuswr</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Cadeirydd</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Sylwedydd</translation>
        </message>
        <message>
            <source>No interest</source>
            <translation>Dim buddiant</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Personol</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Proffesiynol</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>Ariannol</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Gwirioneddol</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Posibl</translation>
        </message>
        <message>
            <source>Perceived</source>
            <translation>Canfyddedig</translation>
        </message>
        <message>
            <source>No action needed</source>
            <translation>Dim angen gweithredu</translation>
        </message>
        <message>
            <source>Mitigated</source>
            <translation>Wedi'i liniaru</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Wedi'i eithrio</translation>
        </message>
        <message>
            <source>Whole tender</source>
            <translation>Y tendr cyfan</translation>
        </message>
        <message>
            <source>Bid: {bid}</source>
            <translation>Cynnig: {bid}</translation>
        </message>
        <message>
            <source>{interest}, {nature}</source>
            <translation>{interest}, {nature}</translation>
        </message>
    </context>
    <context>
        <name>PanelPage</name>
        <message>
            <source>Why the panel cannot be changed</source>
            <translation>Pam na ellir newid y panel</translation>
        </message>
        <message>
            <source>Declarations still needed</source>
            <translation>Datganiadau sydd eu hangen o hyd</translation>
        </message>
        <message>
            <source>Panel members</source>
            <translation>Aelodau'r panel</translation>
        </message>
        <message>
            <source>Conflicts of interest register</source>
            <translation>Cofrestr gwrthdaro buddiannau</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation>&amp;Ychwanegu aelod…</translation>
        </message>
        <message>
            <source>Add panel member</source>
            <translation>Ychwanegu aelod at y panel</translation>
        </message>
        <message>
            <source>&amp;Edit member…</source>
            <translation>&amp;Golygu aelod…</translation>
        </message>
        <message>
            <source>Edit panel member</source>
            <translation>Golygu aelod o'r panel</translation>
        </message>
        <message>
            <source>&amp;Declare…</source>
            <translation>&amp;Datgan…</translation>
        </message>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Datgan gwrthdaro buddiannau</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Datrys…</translation>
        </message>
        <message>
            <source>Resolve a declared interest</source>
            <translation>Datrys buddiant a ddatganwyd</translation>
        </message>
        <message>
            <source>E&amp;xport evaluator pack…</source>
            <translation>&amp;Allforio pecyn gwerthuswr…</translation>
        </message>
        <message>
            <source>Export evaluator pack</source>
            <translation>Allforio pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>I&amp;mport evaluator pack…</source>
            <translation>&amp;Mewnforio pecyn gwerthuswr…</translation>
        </message>
        <message>
            <source>Import evaluator pack</source>
            <translation>Mewnforio pecyn gwerthuswr</translation>
        </message>
        <message>
            <source>Reset &amp;passphrase…</source>
            <translation>&amp;Ailosod cyfrinymadrodd…</translation>
        </message>
        <message>
            <source>Reset the member's passphrase</source>
            <translation>Ailosod cyfrinymadrodd yr aelod</translation>
        </message>
        <message>
            <source>P&amp;eople…</source>
            <translation>&amp;Pobl…</translation>
        </message>
        <message>
            <source>People known to the workspace</source>
            <translation>Pobl sy'n hysbys i'r gofod gwaith</translation>
        </message>
        <message>
            <source>Every declaration and resolution is kept here. Nothing is edited or deleted: a new declaration supersedes the member's current one for the same scope.</source>
            <translation>Cedwir pob datganiad a phenderfyniad yma. Ni chaiff dim ei olygu na'i ddileu: mae datganiad newydd yn disodli datganiad cyfredol yr aelod ar gyfer yr un cwmpas.</translation>
        </message>
        <message>
            <source>This workspace is open read-only: nothing can be changed.</source>
            <translation>Mae'r gofod gwaith hwn ar agor i'w ddarllen yn unig: ni ellir newid dim.</translation>
        </message>
        <message>
            <source>The tender is signed off: the panel and the register cannot change unless an officer reopens it.</source>
            <translation>Mae'r tendr wedi'i gymeradwyo: ni all y panel na'r gofrestr newid oni bai bod swyddog yn ei ailagor.</translation>
        </message>
        <message>
            <source>No one is on the panel yet. Add the members, then each declares any conflict of interest.</source>
            <translation>Nid oes neb ar y panel eto. Ychwanegwch yr aelodau, yna bydd pob un yn datgan unrhyw wrthdaro buddiannau.</translation>
        </message>
        <message>
            <source>Still to declare (cannot see any bid until they do): %1</source>
            <translation>Heb ddatgan eto (ni allant weld unrhyw gynnig nes iddynt wneud hynny): %1</translation>
        </message>
        <message>
            <source>Awaiting the officer's resolution: %1</source>
            <translation>Yn aros am benderfyniad y swyddog: %1</translation>
        </message>
        <message>
            <source>Every member has declared, and no declared interest awaits resolution.</source>
            <translation>Mae pob aelod wedi datgan, ac nid oes unrhyw fuddiant a ddatganwyd yn aros i'w ddatrys.</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>officer</source>
            <translation>swyddog</translation>
        </message>
        <message>
            <source>contract manager</source>
            <translation>rheolwr contract</translation>
        </message>
        <message>
            <source>reset: waiting for the one-time code</source>
            <translation>wedi'i ailosod: yn aros am y cod untro</translation>
        </message>
        <message>
            <source>set</source>
            <translation>wedi'i osod</translation>
        </message>
        <message>
            <source>not set yet</source>
            <translation>heb ei osod eto</translation>
        </message>
        <message>
            <source>Reset passphrase</source>
            <translation>Ailosod y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Reset {name}'s passphrase? Their old passphrase stops working at once. You are shown a one-time code to give them in person; they then choose a new passphrase that you never learn.</source>
            <translation>Ailosod cyfrinymadrodd {name}? Bydd yr hen gyfrinymadrodd yn peidio â gweithio ar unwaith. Cewch weld cod untro i'w roi iddynt wyneb yn wyneb; yna byddant yn dewis cyfrinymadrodd newydd na fyddwch chi byth yn ei wybod.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Workspace roles</source>
            <translation>Rolau yn y gofod gwaith</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <source>People known to this workspace</source>
            <translation>Pobl y mae'r gofod gwaith hwn yn eu hadnabod</translation>
        </message>
        <message>
            <source>The person chosen above</source>
            <translation>Y person a ddewiswyd uchod</translation>
        </message>
        <message>
            <source>Save &amp;roles</source>
            <translation>Cadw'r &amp;rolau</translation>
        </message>
        <message>
            <source>Reset &amp;passphrase…</source>
            <translation>Ailosod y &amp;cyfrinymadrodd…</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Ychwanegu person</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>E-&amp;bost:</translation>
        </message>
        <message>
            <source>Workspace roles:</source>
            <translation>Rolau yn y gofod gwaith:</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>&amp;Ychwanegu person</translation>
        </message>
        <message>
            <source>People on a tender's panel are added from the Panel page; add someone here to give them a workspace role. Each person chooses their own passphrase when they first sign in.</source>
            <translation>Caiff pobl ar banel tendr eu hychwanegu o'r dudalen Panel; ychwanegwch rywun yma i roi rôl iddynt yn y gofod gwaith. Mae pob person yn dewis ei gyfrinymadrodd ei hun pan fydd yn mewngofnodi am y tro cyntaf.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>PickEntryDialog</name>
        <message>
            <source>Pick another entry: {name}</source>
            <translation>Dewis cofnod arall: {name}</translation>
        </message>
        <message>
            <source>Search the registers</source>
            <translation>Chwilio'r cofrestrau</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Chwilio:</translation>
        </message>
        <message>
            <source>Register entries found</source>
            <translation>Cofnodion cofrestr a ganfuwyd</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Rheswm</translation>
        </message>
        <message>
            <source>Required: why this entry is the supplier</source>
            <translation>Gofynnol: pam mai'r cofnod hwn yw'r cyflenwr</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Rheswm:</translation>
        </message>
        <message>
            <source>&amp;Pick</source>
            <translation>&amp;Dewis</translation>
        </message>
        <message>
            <source>No entry found.</source>
            <translation>Ni chanfuwyd cofnod.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioModels</name>
        <message>
            <source>not recorded</source>
            <translation>heb ei gofnodi</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ydy</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nac ydy</translation>
        </message>
    </context>
    <context>
        <name>PortfolioWindow</name>
        <message>
            <source>Portfolio — CoopEval</source>
            <translation>Portffolio — CoopEval</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portffolio</translation>
        </message>
        <message>
            <source>Financial year</source>
            <translation>Blwyddyn ariannol</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Pob blwyddyn</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Blwyddyn sylfaen</translation>
        </message>
        <message>
            <source>No baseline</source>
            <translation>Dim sylfaen</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Adnewyddu</translation>
        </message>
        <message>
            <source>Read the workspaces again</source>
            <translation>Darllen y gofodau gwaith eto</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>Allfo&amp;rio…</translation>
        </message>
        <message>
            <source>Export the portfolio as PDF or XLSX</source>
            <translation>Allforio'r portffolio fel PDF neu XLSX</translation>
        </message>
        <message>
            <source>Portfolio status</source>
            <translation>Statws y portffolio</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Blwyddyn:</translation>
        </message>
        <message>
            <source>Compared &amp;with:</source>
            <translation>O'i &amp;gymharu â:</translation>
        </message>
        <message>
            <source>Workspaces in the portfolio</source>
            <translation>Gofodau gwaith yn y portffolio</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ychwanegu…</translation>
        </message>
        <message>
            <source>Add workspaces to the portfolio</source>
            <translation>Ychwanegu gofodau gwaith at y portffolio</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Tynnu</translation>
        </message>
        <message>
            <source>Remove the chosen workspaces from the portfolio</source>
            <translation>Tynnu'r gofodau gwaith a ddewiswyd o'r portffolio</translation>
        </message>
        <message>
            <source>Wor&amp;kspaces</source>
            <translation>Gofodau g&amp;waith</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Gwariant</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Dyfarniadau</translation>
        </message>
        <message>
            <source>Change and supply chain</source>
            <translation>Newid a'r gadwyn gyflenwi</translation>
        </message>
        <message>
            <source>Tenders awarded</source>
            <translation>Tendrau a ddyfarnwyd</translation>
        </message>
        <message>
            <source>Measures promised and delivered</source>
            <translation>Mesurau a addawyd ac a gyflawnwyd</translation>
        </message>
        <message>
            <source>Spend by expense area</source>
            <translation>Gwariant yn ôl maes gwariant</translation>
        </message>
        <message>
            <source>Spend by ownership model</source>
            <translation>Gwariant yn ôl model perchnogaeth</translation>
        </message>
        <message>
            <source>Conflicts between workspaces</source>
            <translation>Anghysondebau rhwng gofodau gwaith</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Tenders left out of the sums, because workspaces disagree:</source>
            <translation>Tendrau a hepgorwyd o'r symiau, oherwydd bod gofodau gwaith yn anghytuno:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Nodiadau:</translation>
        </message>
        <message>
            <source>Portfolio details</source>
            <translation>Manylion y portffolio</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Siartiau</translation>
        </message>
        <message>
            <source>Tenders</source>
            <translation>Tendrau</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Mesurau</translation>
        </message>
        <message>
            <source>Spend by area</source>
            <translation>Gwariant yn ôl maes</translation>
        </message>
        <message>
            <source>Spend by model</source>
            <translation>Gwariant yn ôl model</translation>
        </message>
        <message>
            <source>Conflicts and notes</source>
            <translation>Anghysondebau a nodiadau</translation>
        </message>
        <message>
            <source>{name} (open)</source>
            <translation>{name} (ar agor)</translation>
        </message>
        <message>
            <source>{path}
The open workspace is always in the portfolio.</source>
            <translation>{path}
Mae'r gofod gwaith sydd ar agor bob amser yn y portffolio.</translation>
        </message>
        <message>
            <source>CoopEval workspaces (*.coopeval);;All files (*)</source>
            <translation>Gofodau gwaith CoopEval (*.coopeval);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Reading 1 workspace…</source>
            <translation>Yn darllen 1 gofod gwaith…</translation>
        </message>
        <message>
            <source>Reading {count} workspaces…</source>
            <translation>Yn darllen {count} gofod gwaith…</translation>
        </message>
        <message>
            <source>Conflicts and notes ({count})</source>
            <translation>Anghysondebau a nodiadau ({count})</translation>
        </message>
        <message>
            <source>Value awarded in {year} by ownership model:</source>
            <translation>Gwerth a ddyfarnwyd yn {year} yn ôl model perchnogaeth:</translation>
        </message>
        <message>
            <source>No tender in these workspaces has been awarded in {year}.</source>
            <translation>Nid oes yr un tendr yn y gofodau gwaith hyn wedi'i ddyfarnu yn {year}.</translation>
        </message>
        <message>
            <source>No tender in these workspaces has been awarded.</source>
            <translation>Nid oes yr un tendr yn y gofodau gwaith hyn wedi'i ddyfarnu.</translation>
        </message>
        <message>
            <source>Read {count} workspaces.</source>
            <translation>Darllenwyd {count} gofod gwaith.</translation>
        </message>
        <message>
            <source>{count} tenders left out of the sums: the workspaces disagree.</source>
            <translation>Hepgorwyd {count} tendr o'r symiau: mae'r gofodau gwaith yn anghytuno.</translation>
        </message>
        <message>
            <source>No spend imported for {year}.</source>
            <translation>Dim gwariant wedi'i fewnforio ar gyfer {year}.</translation>
        </message>
        <message>
            <source>This year ({year}): {share} of spend went to co-operative and democratic businesses; last year ({last_year}): {last_share}.</source>
            <translation>Eleni ({year}): aeth {share} o'r gwariant i fusnesau cydweithredol a democrataidd; y llynedd ({last_year}): {last_share}.</translation>
        </message>
        <message>
            <source>This year ({year}): {share} of spend went to co-operative and democratic businesses; no spend imported for the year before.</source>
            <translation>Eleni ({year}): aeth {share} o'r gwariant i fusnesau cydweithredol a democrataidd; dim gwariant wedi'i fewnforio ar gyfer y flwyddyn flaenorol.</translation>
        </message>
        <message>
            <source>Of {total} in {lines} lines: {unmatched} unmatched, {awaiting} awaiting review, counted neither way.</source>
            <translation>O {total} mewn {lines} llinell: {unmatched} heb eu paru, {awaiting} yn aros am adolygiad, heb eu cyfrif y naill ffordd na'r llall.</translation>
        </message>
        <message>
            <source>No tender awarded in {year}.</source>
            <translation>Dim tendr wedi'i ddyfarnu yn {year}.</translation>
        </message>
        <message>
            <source>Awarded in {year}: {value} across 1 tender; {share} of it to co-operative and democratic businesses.</source>
            <translation>Dyfarnwyd yn {year}: {value} ar draws 1 tendr; {share} ohono i fusnesau cydweithredol a democrataidd.</translation>
        </message>
        <message>
            <source>Awarded in {year}: {value} across {count} tenders; {share} of it to co-operative and democratic businesses.</source>
            <translation>Dyfarnwyd yn {year}: {value} ar draws {count} tendr; {share} ohono i fusnesau cydweithredol a democrataidd.</translation>
        </message>
        <message>
            <source>Awarded in every year: {value} across 1 tender; {share} of it to co-operative and democratic businesses.</source>
            <translation>Dyfarnwyd ym mhob blwyddyn: {value} ar draws 1 tendr; {share} ohono i fusnesau cydweithredol a democrataidd.</translation>
        </message>
        <message>
            <source>Awarded in every year: {value} across {count} tenders; {share} of it to co-operative and democratic businesses.</source>
            <translation>Dyfarnwyd ym mhob blwyddyn: {value} ar draws {count} tendr; {share} ohono i fusnesau cydweithredol a democrataidd.</translation>
        </message>
        <message>
            <source>Co-operative or democratic businesses bid in {bid} of them and won {won}.</source>
            <translation>Cyflwynodd busnesau cydweithredol neu ddemocrataidd gynigion mewn {bid} ohonynt gan ennill {won}.</translation>
        </message>
        <message>
            <source>Nothing to compare with {year} yet.</source>
            <translation>Dim i'w gymharu â {year} eto.</translation>
        </message>
        <message>
            <source>spend share {change} points</source>
            <translation>cyfran y gwariant {change} pwynt</translation>
        </message>
        <message>
            <source>award share {change} points</source>
            <translation>cyfran y dyfarniadau {change} pwynt</translation>
        </message>
        <message>
            <source>{year} against {baseline}: {changes}.</source>
            <translation>{year} o'i gymharu â {baseline}: {changes}.</translation>
        </message>
        <message>
            <source>Supply chain spend with co-operatives: {promised} promised, {delivered} delivered so far.</source>
            <translation>Gwariant y gadwyn gyflenwi gyda chydweithfeydd: {promised} wedi'i addo, {delivered} wedi'i gyflawni hyd yma.</translation>
        </message>
        <message>
            <source>{count} spend lines found in more than one workspace, counted once.</source>
            <translation>Canfuwyd {count} llinell wariant mewn mwy nag un gofod gwaith; fe'u cyfrifwyd unwaith.</translation>
        </message>
        <message>
            <source>portfolio {year}.pdf</source>
            <translation>portffolio {year}.pdf</translation>
        </message>
        <message>
            <source>portfolio all years.pdf</source>
            <translation>portffolio pob blwyddyn.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Llyfr gwaith Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Yn ysgrifennu {file}…</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Allforiwyd i {path}</translation>
        </message>
        <message>
            <source>Reading the portfolio…</source>
            <translation>Yn darllen y portffolio…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Yn darllen…</translation>
        </message>
        <message>
            <source>No spend has been imported into these workspaces.</source>
            <translation>Nid oes gwariant wedi'i fewnforio i'r gofodau gwaith hyn.</translation>
        </message>
        <message>
            <source>Value awarded in every year by ownership model:</source>
            <translation>Gwerth a ddyfarnwyd ym mhob blwyddyn yn ôl model perchnogaeth:</translation>
        </message>
        <message>
            <source>Read 1 workspace.</source>
            <translation>Darllenwyd 1 gofod gwaith.</translation>
        </message>
        <message>
            <source>1 tender left out of the sums: the workspaces disagree.</source>
            <translation>Hepgorwyd 1 tendr o'r symiau: mae'r gofodau gwaith yn anghytuno.</translation>
        </message>
        <message>
            <source>No spend has been imported: File → Spend and registers… imports a council's spend file.</source>
            <translation>Nid oes gwariant wedi'i fewnforio: mae Ffeil → Gwariant a chofrestrau… yn mewnforio ffeil wariant cyngor.</translation>
        </message>
        <message>
            <source>No tender in these workspaces has been awarded yet.</source>
            <translation>Nid oes yr un tendr yn y gofodau gwaith hyn wedi'i ddyfarnu eto.</translation>
        </message>
        <message>
            <source>Choose a baseline year under “Compared with” to see the change.</source>
            <translation>Dewiswch flwyddyn sylfaen o dan “O'i gymharu â” i weld y newid.</translation>
        </message>
        <message>
            <source>No contract here promises supply-chain spend with co-operatives (CV-CC-01).</source>
            <translation>Nid oes contract yma'n addo gwariant yn y gadwyn gyflenwi gyda chydweithfeydd (CV-CC-01).</translation>
        </message>
        <message>
            <source>Export the portfolio</source>
            <translation>Allforio'r portffolio</translation>
        </message>
        <message>
            <source>Cannot export the portfolio</source>
            <translation>Ni ellir allforio'r portffolio</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>CoopEval</source>
            <translation>CoopEval</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wrthi'n canslo…</translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message>
            <source>PDF (*.pdf);;Word document (*.docx)</source>
            <translation>PDF (*.pdf);;Dogfen Word (*.docx)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Questionnaire for bidders</source>
            <translation>Holiadur i gynigwyr</translation>
        </message>
        <message>
            <source>Published questionnaire</source>
            <translation>Yr holiadur a gyhoeddwyd</translation>
        </message>
        <message>
            <source>Pu&amp;blish questionnaire…</source>
            <translation>Cyhoedd&amp;i'r holiadur…</translation>
        </message>
        <message>
            <source>Publish questionnaire</source>
            <translation>Cyhoeddi'r holiadur</translation>
        </message>
        <message>
            <source>Why the questionnaire cannot be published yet</source>
            <translation>Pam na ellir cyhoeddi'r holiadur eto</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Fersiwn</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Fformat</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Cyhoeddwyd</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Published versions of the questionnaire</source>
            <translation>Fersiynau o'r holiadur a gyhoeddwyd</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Cadw copi…</translation>
        </message>
        <message>
            <source>Save a copy of the chosen version</source>
            <translation>Cadw copi o'r fersiwn a ddewiswyd</translation>
        </message>
        <message>
            <source>Questionnaire message</source>
            <translation>Neges am yr holiadur</translation>
        </message>
        <message>
            <source>Pu&amp;blish new version…</source>
            <translation>Cyhoedd&amp;i fersiwn newydd…</translation>
        </message>
        <message>
            <source>This workspace is open read-only, so nothing can be published from it.</source>
            <translation>Mae'r gofod gwaith hwn ar agor i'w ddarllen yn unig, felly ni ellir cyhoeddi dim ohono.</translation>
        </message>
        <message>
            <source>Write the questionnaire as PDF or Word and keep a copy of it, with its SHA-256, in the tender's record.</source>
            <translation>Ysgrifennu'r holiadur fel PDF neu Word a chadw copi ohono, gyda'i SHA-256, yng nghofnod y tendr.</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>Published version {version} to {file}.</source>
            <translation>Cyhoeddwyd fersiwn {version} i {file}.</translation>
        </message>
        <message>
            <source>Save a copy of version {version}</source>
            <translation>Cadw copi o fersiwn {version}</translation>
        </message>
        <message>
            <source>Saved a copy of version {version} to {file}.</source>
            <translation>Cadwyd copi o fersiwn {version} i {file}.</translation>
        </message>
        <message>
            <source>Publishing the questionnaire…</source>
            <translation>Yn cyhoeddi'r holiadur…</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>T&amp;orri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Dangos y manylion...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Cuddio'r manylion...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw'r cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ie i'r c&amp;yfan</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Na i'r cyfa&amp;n</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Rhoi'r gorau iddi</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ceisio eto</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Gweithredu</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y rhagosodiadau</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>T&amp;orri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copïo lleoliad y &amp;ddolen</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>RankingTableModel</name>
        <message>
            <source>Rank</source>
            <translation>Safle</translation>
        </message>
        <message>
            <source>Rank (none when disqualified)</source>
            <translation>Safle (dim os cafodd ei ddiarddel)</translation>
        </message>
        <message>
            <source>Bid</source>
            <translation>Cynnig</translation>
        </message>
        <message>
            <source>Bid identifier</source>
            <translation>Dynodydd y cynnig</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Bidder's legal name</source>
            <translation>Enw cyfreithiol y cynigydd</translation>
        </message>
        <message>
            <source>Total
(of 100)</source>
            <translation>Cyfanswm
(o 100)</translation>
        </message>
        <message>
            <source>Social value score out of 100</source>
            <translation>Sgôr gwerth cymdeithasol allan o 100</translation>
        </message>
        <message>
            <source>Tender points
(of {percent})</source>
            <translation>Pwyntiau'r tendr
(o {percent})</translation>
        </message>
        <message>
            <source>Points in the whole tender: social value is {percent}% of it</source>
            <translation>Pwyntiau yn y tendr cyfan: mae gwerth cymdeithasol yn {percent}% ohono</translation>
        </message>
        <message>
            <source>{name}
(of {points})</source>
            <translation>{name}
(o {points})</translation>
        </message>
        <message>
            <source>{name}: of {points}</source>
            <translation>{name}: o {points}</translation>
        </message>
        <message>
            <source>{codes} — disqualified</source>
            <translation>{codes} — wedi'i ddiarddel</translation>
        </message>
        <message>
            <source>Monetised</source>
            <translation>Gwerth ariannol</translation>
        </message>
        <message>
            <source>Committed quantities × their proxy values, in pounds</source>
            <translation>Meintiau a ymrwymwyd × eu gwerthoedd procsi, mewn punnoedd</translation>
        </message>
        <message>
            <source>Fails minimum</source>
            <translation>Methu'r isafswm</translation>
        </message>
        <message>
            <source>Measures whose minimum the bid does not meet</source>
            <translation>Mesurau nad yw'r cynnig yn bodloni eu hisafswm</translation>
        </message>
        <message>
            <source>none</source>
            <translation>dim</translation>
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <source>Rate KPIs</source>
            <translation>Graddio DPAau</translation>
        </message>
        <message>
            <source>Rating period</source>
            <translation>Cyfnod graddio</translation>
        </message>
        <message>
            <source>Rating &amp;period:</source>
            <translation>C&amp;yfnod graddio:</translation>
        </message>
        <message>
            <source>Rate each KPI for the period in the words of a contract performance notice. CoopEval suggests a rating from delivered ÷ promised; where yours differs, say why.</source>
            <translation>Graddiwch bob DPA ar gyfer y cyfnod yng ngeiriau hysbysiad perfformiad contract. Mae CoopEval yn awgrymu gradd o'r hyn a gyflawnwyd ÷ yr hyn a addawyd; lle mae eich gradd chi'n wahanol, eglurwch pam.</translation>
        </message>
        <message>
            <source>KPIs to rate</source>
            <translation>DPAau i'w graddio</translation>
        </message>
        <message>
            <source>Problem with these ratings</source>
            <translation>Problem gyda'r graddau hyn</translation>
        </message>
        <message>
            <source>&amp;Record ratings</source>
            <translation>&amp;Cofnodi graddau</translation>
        </message>
        <message>
            <source>Record ratings</source>
            <translation>Cofnodi graddau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>DPA</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Addawyd</translation>
        </message>
        <message>
            <source>Delivered in the period</source>
            <translation>Cyflawnwyd yn y cyfnod</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Awgrymwyd</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Gradd</translation>
        </message>
        <message>
            <source>Reason (required where the rating differs)</source>
            <translation>Rheswm (gofynnol lle mae'r radd yn wahanol)</translation>
        </message>
        <message>
            <source>No KPIs to rate: mark commitments as KPIs on the Award page.</source>
            <translation>Dim DPAau i'w graddio: marciwch ymrwymiadau fel DPAau ar y dudalen Dyfarnu.</translation>
        </message>
        <message>
            <source>1 entry not yet accepted</source>
            <translation>1 cofnod heb ei dderbyn eto</translation>
        </message>
        <message>
            <source>{count} entries not yet accepted</source>
            <translation>{count} cofnod heb eu derbyn eto</translation>
        </message>
        <message>
            <source>Rating for {code}</source>
            <translation>Gradd ar gyfer {code}</translation>
        </message>
        <message>
            <source>Reason for the rating of {code}</source>
            <translation>Rheswm dros radd {code}</translation>
        </message>
        <message>
            <source>Give a reason for each rating that differs from the suggestion: {codes}.</source>
            <translation>Rhowch reswm dros bob gradd sy'n wahanol i'r awgrym: {codes}.</translation>
        </message>
        <message>
            <source>Required: why it differs</source>
            <translation>Gofynnol: pam ei bod yn wahanol</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Dewisol</translation>
        </message>
    </context>
    <context>
        <name>RatingThresholdsDialog</name>
        <message>
            <source>Problem with these rating thresholds</source>
            <translation>Problem gyda'r trothwyon graddio hyn</translation>
        </message>
        <message>
            <source>&amp;Save thresholds</source>
            <translation>&amp;Cadw trothwyon</translation>
        </message>
        <message>
            <source>Rating thresholds: {reference}</source>
            <translation>Trothwyon graddio: {reference}</translation>
        </message>
        <message>
            <source>CoopEval suggests a KPI's rating from delivered ÷ promised in a rating period: Good from the first threshold, Approaching target from the second, Requires improvement from the third, and Inadequate below it.</source>
            <translation>Mae CoopEval yn awgrymu gradd DPA o'r hyn a gyflawnwyd ÷ yr hyn a addawyd mewn cyfnod graddio: Da o'r trothwy cyntaf, Agosáu at y targed o'r ail, Angen gwella o'r trydydd, ac Annigonol oddi tano.</translation>
        </message>
        <message>
            <source>&amp;Good from (%):</source>
            <translation>&amp;Da o (%):</translation>
        </message>
        <message>
            <source>Good from (%)</source>
            <translation>Da o (%)</translation>
        </message>
        <message>
            <source>&amp;Approaching target from (%):</source>
            <translation>&amp;Agosáu at y targed o (%):</translation>
        </message>
        <message>
            <source>Approaching target from (%)</source>
            <translation>Agosáu at y targed o (%)</translation>
        </message>
        <message>
            <source>Requires &amp;improvement from (%):</source>
            <translation>Angen &amp;gwella o (%):</translation>
        </message>
        <message>
            <source>Requires improvement from (%)</source>
            <translation>Angen gwella o (%)</translation>
        </message>
        <message>
            <source>Suggestions use the new thresholds from now on; ratings already recorded never change (each keeps the suggestion it was made beside).</source>
            <translation>Bydd awgrymiadau'n defnyddio'r trothwyon newydd o hyn ymlaen; nid yw graddau a gofnodwyd eisoes byth yn newid (mae pob un yn cadw'r awgrym a wnaed ochr yn ochr ag ef).</translation>
        </message>
        <message>
            <source>e.g. 90</source>
            <translation>e.e. 90</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Problem with this check</source>
            <translation>Problem gyda'r gwiriad hwn</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Rheswm:</translation>
        </message>
        <message>
            <source>Give a reason: the supplier is told why.</source>
            <translation>Rhowch reswm: caiff y cyflenwr wybod pam.</translation>
        </message>
    </context>
    <context>
        <name>RecordAwardDialog</name>
        <message>
            <source>Problem with the award</source>
            <translation>Problem gyda'r dyfarniad</translation>
        </message>
        <message>
            <source>Record the award</source>
            <translation>Cofnodi'r dyfarniad</translation>
        </message>
        <message>
            <source>&amp;Record award</source>
            <translation>&amp;Cofnodi'r dyfarniad</translation>
        </message>
        <message>
            <source>%1 — ranked first</source>
            <translation>%1 — yn gyntaf</translation>
        </message>
        <message>
            <source>e.g. 18/12/2026</source>
            <translation>e.e. 18/12/2026</translation>
        </message>
        <message>
            <source>Standstill worked out from the notice date</source>
            <translation>Y cyfnod segur wedi'i gyfrifo o ddyddiad yr hysbysiad</translation>
        </message>
        <message>
            <source>optional: once the contract is signed</source>
            <translation>dewisol: pan fydd y contract wedi'i lofnodi</translation>
        </message>
        <message>
            <source>e.g. 1/4/2027</source>
            <translation>e.e. 1/4/2027</translation>
        </message>
        <message>
            <source>e.g. 31/3/2030</source>
            <translation>e.e. 31/3/2030</translation>
        </message>
        <message>
            <source>e.g. £1,250,000</source>
            <translation>e.e. £1,250,000</translation>
        </message>
        <message>
            <source>the day the assessment summaries went to the bidders</source>
            <translation>y diwrnod yr aeth y crynodebau asesu at y cynigwyr</translation>
        </message>
        <message>
            <source>&amp;No standstill applies</source>
            <translation>&amp;Nid oes cyfnod segur yn gymwys</translation>
        </message>
        <message>
            <source>No standstill applies</source>
            <translation>Nid oes cyfnod segur yn gymwys</translation>
        </message>
        <message>
            <source>Why the exemption applies to this contract; kept in the audit log.</source>
            <translation>Pam mae'r esemptiad yn gymwys i'r contract hwn; fe'i cedwir yn y log archwilio.</translation>
        </message>
        <message>
            <source>The award goes to the bid the council has chosen; the one the social value results rank first is marked. Dates as you write them (18/12/2026 or 18 Dec 2026).</source>
            <translation>Mae'r dyfarniad yn mynd i'r cynnig a ddewisodd y cyngor; mae'r un sydd gyntaf yng nghanlyniadau'r gwerth cymdeithasol wedi'i nodi. Dyddiadau fel rydych yn eu hysgrifennu (18/12/2026 neu 18 Rhag 2026).</translation>
        </message>
        <message>
            <source>Winning &amp;bid</source>
            <translation>Y cynnig &amp;buddugol</translation>
        </message>
        <message>
            <source>Assessment &amp;summaries sent</source>
            <translation>Anfonwyd y crynodebau &amp;asesu</translation>
        </message>
        <message>
            <source>Contract award &amp;notice date</source>
            <translation>Dyddiad &amp;hysbysiad dyfarnu'r contract</translation>
        </message>
        <message>
            <source>Contract &amp;entered into</source>
            <translation>Ymrwymwyd i'r &amp;contract</translation>
        </message>
        <message>
            <source>Contract &amp;start</source>
            <translation>&amp;Dechrau'r contract</translation>
        </message>
        <message>
            <source>Contract en&amp;d</source>
            <translation>&amp;Diwedd y contract</translation>
        </message>
        <message>
            <source>Awarded &amp;value (£)</source>
            <translation>&amp;Gwerth a ddyfarnwyd (£)</translation>
        </message>
        <message>
            <source>E&amp;xemption</source>
            <translation>&amp;Esemptiad</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Rheswm</translation>
        </message>
        <message>
            <source>No standstill: say which exemption applies, and why.</source>
            <translation>Dim cyfnod segur: dywedwch pa esemptiad sy'n gymwys, a pham.</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Dyddiad yr hysbysiad</translation>
        </message>
        <message>
            <source>Standstill: at least eight working days beginning with the day the notice is published.</source>
            <translation>Cyfnod segur: o leiaf wyth diwrnod gwaith gan ddechrau â'r diwrnod y cyhoeddir yr hysbysiad.</translation>
        </message>
        <message>
            <source>Standstill would end at the end of %1.</source>
            <translation>Byddai'r cyfnod segur yn dod i ben ar ddiwedd %1.</translation>
        </message>
    </context>
    <context>
        <name>RecordDeliveryDialog</name>
        <message>
            <source>Problem with this delivery entry</source>
            <translation>Problem gyda'r cofnod cyflawni hwn</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Cofnodi</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>C&amp;yfnod:</translation>
        </message>
        <message>
            <source>e.g. 12</source>
            <translation>e.e. 12</translation>
        </message>
        <message>
            <source>Record delivery: {code}</source>
            <translation>Cofnodi cyflawniad: {code}</translation>
        </message>
        <message>
            <source>Promised: {promised}</source>
            <translation>Addawyd: {promised}</translation>
        </message>
        <message>
            <source>&amp;Delivered ({unit}):</source>
            <translation>Wedi'i &amp;gyflawni ({unit}):</translation>
        </message>
        <message>
            <source>&amp;Delivered:</source>
            <translation>Wedi'i &amp;gyflawni:</translation>
        </message>
        <message>
            <source>&amp;Delivered?</source>
            <translation>Wedi'i &amp;gyflawni?</translation>
        </message>
        <message>
            <source>e.g. payroll extract p.3; photos 12–15</source>
            <translation>e.e. detholiad cyflogres t.3; lluniau 12–15</translation>
        </message>
        <message>
            <source>&amp;Evidence references:</source>
            <translation>Cyfeirnodau'r &amp;dystiolaeth:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nodyn:</translation>
        </message>
    </context>
    <context>
        <name>RecordsBox</name>
        <message>
            <source>Records (Procurement Act 2023 s.98)</source>
            <translation>Cofnodion (Deddf Caffael 2023 a.98)</translation>
        </message>
        <message>
            <source>How long this tender's record must be kept</source>
            <translation>Am ba hyd y mae'n rhaid cadw cofnod y tendr hwn</translation>
        </message>
        <message>
            <source>Set &amp;retention date…</source>
            <translation>Gosod y dyddiad &amp;cadw…</translation>
        </message>
        <message>
            <source>Set retention date</source>
            <translation>Gosod y dyddiad cadw</translation>
        </message>
        <message>
            <source>Records &amp;bundle…</source>
            <translation>&amp;Bwndel cofnodion…</translation>
        </message>
        <message>
            <source>Records bundle</source>
            <translation>Bwndel cofnodion</translation>
        </message>
        <message>
            <source>One ZIP file with the signed report, the assessment summaries, the tender JSON, the audit log (JSON and CSV), the frameworks used, the kept files, and a signed manifest of every file's SHA-256, signed as “Sign with” says (a bundle is always signed: with “Do not sign”, by your own key). Anyone can check it with “coopeval records verify”.</source>
            <translation>Un ffeil ZIP gyda'r adroddiad wedi'i lofnodi, y crynodebau asesu, JSON y tendr, y log archwilio (JSON a CSV), y fframweithiau a ddefnyddiwyd, y ffeiliau a gadwyd, a maniffest wedi'i lofnodi o SHA-256 pob ffeil, wedi'i lofnodi fel y mae “Llofnodi gyda” yn ei ddweud (mae bwndel bob amser wedi'i lofnodi: gyda “Peidio â llofnodi”, â'ch allwedd eich hun). Gall unrhyw un ei wirio gyda “coopeval records verify”.</translation>
        </message>
        <message>
            <source>Keep this tender's record: %1.</source>
            <translation>Cadw cofnod y tendr hwn: %1.</translation>
        </message>
        <message>
            <source>Keep the record until (for example 31 Mar 2031; leave empty for “to be set at award”). From the award on, the record is kept for three years from the day the contract is entered into.</source>
            <translation>Cadw'r cofnod tan (er enghraifft 31 Maw 2031; gadewch yn wag ar gyfer “i'w osod adeg y dyfarniad”). O'r dyfarniad ymlaen, cedwir y cofnod am dair blynedd o'r diwrnod yr ymrwymir i'r contract.</translation>
        </message>
        <message>
            <source>Retention: %1.</source>
            <translation>Cyfnod cadw: %1.</translation>
        </message>
        <message>
            <source>Write the records bundle</source>
            <translation>Ysgrifennu'r bwndel cofnodion</translation>
        </message>
        <message>
            <source>ZIP files (*.zip)</source>
            <translation>Ffeiliau ZIP (*.zip)</translation>
        </message>
        <message>
            <source>Wrote %1: %2 files and a manifest, signed by %3. Manifest SHA-256 %4.</source>
            <translation>Ysgrifennwyd %1: %2 ffeil a maniffest, wedi'u llofnodi gan %3. SHA-256 y maniffest %4.</translation>
        </message>
        <message>
            <source>Writing the records bundle…</source>
            <translation>Yn ysgrifennu'r bwndel cofnodion…</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Import register</source>
            <translation>Mewnforio cofrestr</translation>
        </message>
        <message>
            <source>Suppliers are matched against the latest import of each register. Download the register yourself: CoopEval ships none.</source>
            <translation>Caiff cyflenwyr eu paru â'r mewnforiad diweddaraf o bob cofrestr. Lawrlwythwch y gofrestr eich hun: nid yw CoopEval yn cynnwys yr un.</translation>
        </message>
        <message>
            <source>Register file</source>
            <translation>Ffeil y gofrestr</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Pori…</translation>
        </message>
        <message>
            <source>Browse for the register file</source>
            <translation>Pori am ffeil y gofrestr</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Ffeil:</translation>
        </message>
        <message>
            <source>Co-operatives UK open data (CSV)</source>
            <translation>Data agored Co-operatives UK, cofrestr cydweithfeydd (CSV)</translation>
        </message>
        <message>
            <source>FCA Mutuals Public Register extract (CSV)</source>
            <translation>Detholiad o Gofrestr Gyhoeddus Cymdeithasau Cydfuddiannol yr FCA (CSV)</translation>
        </message>
        <message>
            <source>Own list: Name, Number, Ownership model, Democratic</source>
            <translation>Rhestr eich hun: Enw, Rhif, Model perchnogaeth, Democrataidd</translation>
        </message>
        <message>
            <source>Which register</source>
            <translation>Pa gofrestr</translation>
        </message>
        <message>
            <source>&amp;Register:</source>
            <translation>&amp;Cofrestr:</translation>
        </message>
        <message>
            <source>e.g. downloaded from the register's website on 1 Dec 2026</source>
            <translation>e.e. wedi'i lawrlwytho o wefan y gofrestr ar 1 Rhag 2026</translation>
        </message>
        <message>
            <source>Where it came from</source>
            <translation>O ble y daeth</translation>
        </message>
        <message>
            <source>&amp;Where it came from:</source>
            <translation>O &amp;ble y daeth:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Mewnforio</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*)</translation>
        </message>
    </context>
    <context>
        <name>RegisterTableModel</name>
        <message>
            <source>No.</source>
            <translation>Rhif</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Aelod</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Cwmpas</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Buddiant</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>Declared</source>
            <translation>Datganwyd</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Penderfyniad</translation>
        </message>
        <message>
            <source>Resolution note</source>
            <translation>Nodyn y penderfyniad</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <translation>Penderfynwyd gan</translation>
        </message>
        <message>
            <source>{name}
{when}</source>
            <translation>{name}
{when}</translation>
        </message>
        <message>
            <source>Superseded by no. {number}</source>
            <translation>Disodlwyd gan rif {number}</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Cyfredol</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Dim angen</translation>
        </message>
        <message>
            <source>Awaiting resolution</source>
            <translation>Yn aros am benderfyniad</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Heb benderfynu</translation>
        </message>
    </context>
    <context>
        <name>RemoveDialog</name>
        <message>
            <source>Remove award criterion</source>
            <translation>Tynnu maen prawf dyfarnu</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Tynnu</translation>
        </message>
        <message>
            <source>“{criterion}” leaves the tender's criteria; it and its scores stay in the record.</source>
            <translation>Mae “{criterion}” yn gadael meini prawf y tendr; mae'r maen prawf a'i sgoriau'n aros yn y cofnod.</translation>
        </message>
        <message>
            <source>R&amp;eason</source>
            <translation>&amp;Rheswm</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>What can be made for this tender</source>
            <translation>Beth y gellir ei wneud ar gyfer y tendr hwn</translation>
        </message>
        <message>
            <source>My CoopEval signing key (self-signed)</source>
            <translation>Fy allwedd llofnodi CoopEval (hunanlofnodedig)</translation>
        </message>
        <message>
            <source>A certificate file (.p12 / .pfx)…</source>
            <translation>Ffeil dystysgrif (.p12 / .pfx)…</translation>
        </message>
        <message>
            <source>Do not sign</source>
            <translation>Peidio â llofnodi</translation>
        </message>
        <message>
            <source>Sign the report with</source>
            <translation>Llofnodi'r adroddiad gyda</translation>
        </message>
        <message>
            <source>Write &amp;moderation report…</source>
            <translation>Ysgrifennu adroddiad &amp;cymedroli…</translation>
        </message>
        <message>
            <source>Export my &amp;certificate…</source>
            <translation>Allforio fy nh&amp;ystysgrif…</translation>
        </message>
        <message>
            <source>Make a &amp;new signing certificate…</source>
            <translation>Gwneud tystysgrif llofnodi &amp;newydd…</translation>
        </message>
        <message>
            <source>Who your own signing key names</source>
            <translation>Pwy y mae eich allwedd llofnodi eich hun yn ei enwi</translation>
        </message>
        <message>
            <source>Moderation report (PDF)</source>
            <translation>Adroddiad cymedroli (PDF)</translation>
        </message>
        <message>
            <source>&amp;Sign with:</source>
            <translation>&amp;Llofnodi gyda:</translation>
        </message>
        <message>
            <source>The report is signed as PAdES. Others can check it with “coopeval verify”; give them your certificate (Export my certificate) so they can trust your signature.</source>
            <translation>Mae'r adroddiad wedi'i lofnodi fel PAdES. Gall eraill ei wirio gyda “coopeval verify”; rhowch eich tystysgrif iddynt (Allforio fy nhystysgrif) fel y gallant ymddiried yn eich llofnod.</translation>
        </message>
        <message>
            <source>Write &amp;assessment summaries…</source>
            <translation>Ysgrifennu crynodebau &amp;asesu…</translation>
        </message>
        <message>
            <source>Assessment summaries (Procurement Act 2023 s.50)</source>
            <translation>Crynodebau asesu (Deddf Caffael 2023 a.50)</translation>
        </message>
        <message>
            <source>One PDF per bidder, in a folder you choose: the award criteria, its scores with their reasons, the same for the winning tender, and why that tender scored better. With the other award criteria recorded (Results page, Other award criteria…) they state the whole result and the most advantageous tender; until then they are the social value part of the council's assessment summary, and say so. Apart from the winning tender, no bidder sees another bidder's name or scores. Regulation 31's check runs first; the Sign-off page lists what is missing.</source>
            <translation>Un PDF i bob cynigydd, mewn ffolder a ddewiswch: y meini prawf dyfarnu, ei sgoriau gyda'u rhesymau, yr un peth ar gyfer y tendr buddugol, a pham y cafodd y tendr hwnnw sgôr well. Gyda'r meini prawf dyfarnu eraill wedi'u cofnodi (y dudalen Canlyniadau, Meini prawf dyfarnu eraill…) maent yn nodi'r canlyniad cyfan a'r tendr mwyaf manteisiol; tan hynny, rhan gwerth cymdeithasol crynodeb asesu'r cyngor ydynt, ac maent yn dweud hynny. Ar wahân i'r tendr buddugol, nid oes unrhyw gynigydd yn gweld enw na sgoriau cynigydd arall. Cynhelir gwiriad rheoliad 31 yn gyntaf; mae'r dudalen Cymeradwyo yn rhestru'r hyn sydd ar goll.</translation>
        </message>
        <message>
            <source>Export to E&amp;xcel (.xlsx)…</source>
            <translation>Allforio i E&amp;xcel (.xlsx)…</translation>
        </message>
        <message>
            <source>Export to C&amp;SV (a folder)…</source>
            <translation>Allforio i C&amp;SV (ffolder)…</translation>
        </message>
        <message>
            <source>Exports</source>
            <translation>Allforion</translation>
        </message>
        <message>
            <source>Individual scores with rationales, consensus, commitments and accepted quantities, declarations and results: one sheet (or CSV file) per table.</source>
            <translation>Sgoriau unigol gyda'u rhesymeg, consensws, ymrwymiadau a meintiau a dderbyniwyd, datganiadau a chanlyniadau: un ddalen (neu ffeil CSV) i bob tabl.</translation>
        </message>
        <message>
            <source>What was written</source>
            <translation>Yr hyn a ysgrifennwyd</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <source>Open the file written</source>
            <translation>Agor y ffeil a ysgrifennwyd</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Dangos yn y &amp;ffolder</translation>
        </message>
        <message>
            <source>Show the folder it was written to</source>
            <translation>Dangos y ffolder yr ysgrifennwyd iddo</translation>
        </message>
        <message>
            <source>Your own key signs as %1.</source>
            <translation>Mae eich allwedd eich hun yn llofnodi fel %1.</translation>
        </message>
        <message>
            <source>You have no signing certificate yet: you will be asked who signs.</source>
            <translation>Nid oes gennych dystysgrif llofnodi eto: gofynnir i chi pwy sy'n llofnodi.</translation>
        </message>
        <message>
            <source>%1 is signed off: the report is final.</source>
            <translation>Mae %1 wedi'i gymeradwyo: mae'r adroddiad yn derfynol.</translation>
        </message>
        <message>
            <source>%1 is in moderation: the report is marked “DRAFT — not signed off”. Assessment summaries are written once it is signed off.</source>
            <translation>Mae %1 yn y cam cymedroli: mae'r adroddiad wedi'i farcio “DRAFFT — heb ei gymeradwyo”. Ysgrifennir y crynodebau asesu pan fydd wedi'i gymeradwyo.</translation>
        </message>
        <message>
            <source>Reports and exports can be made once moderation opens: individual scores are blind until then. %1 is in %2.</source>
            <translation>Gellir gwneud adroddiadau ac allforion pan fydd y cymedroli'n agor: mae'r sgoriau unigol yn ddall tan hynny. Mae %1 yn y cam %2.</translation>
        </message>
        <message>
            <source>Write the moderation report</source>
            <translation>Ysgrifennu'r adroddiad cymedroli</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>drafft</translation>
        </message>
        <message>
            <source>final</source>
            <translation>terfynol</translation>
        </message>
        <message>
            <source>signed by %1</source>
            <translation>wedi'i lofnodi gan %1</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>heb ei lofnodi</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 pages, %3, %4).</source>
            <translation>Ysgrifennwyd %1 (%2 tudalen, %3, %4).</translation>
        </message>
        <message>
            <source>Writing the moderation report…</source>
            <translation>Wrthi'n ysgrifennu'r adroddiad cymedroli…</translation>
        </message>
        <message>
            <source>Certificate to sign with</source>
            <translation>Tystysgrif i lofnodi gyda hi</translation>
        </message>
        <message>
            <source>PKCS#12 certificates (*.p12 *.pfx)</source>
            <translation>Tystysgrifau PKCS#12 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Certificate password</source>
            <translation>Cyfrinair y dystysgrif</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>Cyfrinair ar gyfer %1:</translation>
        </message>
        <message>
            <source>Folder for the assessment summaries</source>
            <translation>Ffolder ar gyfer y crynodebau asesu</translation>
        </message>
        <message>
            <source>Wrote %1 assessment summaries in %2.</source>
            <translation>Ysgrifennwyd %1 crynodeb asesu yn %2.</translation>
        </message>
        <message>
            <source>They were written with {count} regulation 31 problem(s), recorded in the audit log.</source>
            <translation>Fe'u hysgrifennwyd gyda {count} problem rheoliad 31, a gofnodwyd yn y log archwilio.</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… a {count} arall.</translation>
        </message>
        <message>
            <source>{count} thing(s) regulation 31 asks for are missing from the bidders' summaries. The Sign-off page lists each with a link to where it is fixed.</source>
            <translation>Mae {count} peth y mae rheoliad 31 yn gofyn amdanynt ar goll o grynodebau'r cynigwyr. Mae'r dudalen Cymeradwyo yn rhestru pob un gyda dolen i'r man lle caiff ei gywiro.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Rhybudd: %1</translation>
        </message>
        <message>
            <source>Writing the assessment summaries…</source>
            <translation>Wrthi'n ysgrifennu'r crynodebau asesu…</translation>
        </message>
        <message>
            <source>Assessment summaries</source>
            <translation>Crynodebau asesu</translation>
        </message>
        <message>
            <source>Write anyway? That is recorded in the audit log with the problems.</source>
            <translation>Ysgrifennu beth bynnag? Cofnodir hynny yn y log archwilio gyda'r problemau.</translation>
        </message>
        <message>
            <source>&amp;Write anyway</source>
            <translation>&amp;Ysgrifennu beth bynnag</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Allforio i Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Folder for the CSV files</source>
            <translation>Ffolder ar gyfer y ffeiliau CSV</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wrthi'n allforio…</translation>
        </message>
        <message>
            <source>Exported %1 file(s): %2</source>
            <translation>Allforiwyd %1 ffeil: %2</translation>
        </message>
        <message>
            <source> The previous key is kept in %1, so reports it signed still verify.</source>
            <translation> Cedwir yr allwedd flaenorol yn %1, felly mae'r adroddiadau a lofnododd yn dal i gael eu gwirio.</translation>
        </message>
        <message>
            <source>Made a signing certificate for %1 (SHA-256 fingerprint %2).%3 Export it for whoever checks your reports.</source>
            <translation>Gwnaed tystysgrif llofnodi ar gyfer %1 (ôl bys SHA-256 %2).%3 Allforiwch hi ar gyfer pwy bynnag sy'n gwirio eich adroddiadau.</translation>
        </message>
        <message>
            <source>Export my signing certificate</source>
            <translation>Allforio fy nhystysgrif llofnodi</translation>
        </message>
        <message>
            <source>Certificates (*.pem)</source>
            <translation>Tystysgrifau (*.pem)</translation>
        </message>
        <message>
            <source>Wrote %1. Its SHA-256 fingerprint is %2: confirm it with whoever receives the file.</source>
            <translation>Ysgrifennwyd %1. Ei ôl bys SHA-256 yw %2: cadarnhewch ef gyda phwy bynnag sy'n derbyn y ffeil.</translation>
        </message>
        <message>
            <source>%1 could not be opened: this computer has no program set up for it.</source>
            <translation>Nid oedd modd agor %1: nid oes gan y cyfrifiadur hwn raglen wedi'i gosod ar ei chyfer.</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>Resolve a declared interest</source>
            <translation>Penderfynu ar fuddiant a ddatganwyd</translation>
        </message>
        <message>
            <source>&amp;Record resolution</source>
            <translation>&amp;Cofnodi'r penderfyniad</translation>
        </message>
        <message>
            <source>No. {number}: {member}, {interest} ({scope})</source>
            <translation>Rhif {number}: {member}, {interest} ({scope})</translation>
        </message>
        <message>
            <source>What was declared</source>
            <translation>Beth a ddatganwyd</translation>
        </message>
        <message>
            <source>Why, and any conditions: e.g. Excluded from scoring this bid; left the room when it was discussed.</source>
            <translation>Pam, ac unrhyw amodau: e.e. Wedi'i eithrio rhag rhoi sgôr i'r cynnig hwn; gadawodd yr ystafell pan gafodd ei drafod.</translation>
        </message>
        <message>
            <source>&amp;Declaration</source>
            <translation>&amp;Datganiad</translation>
        </message>
        <message>
            <source>Declared</source>
            <translation>Datganwyd</translation>
        </message>
        <message>
            <source>Re&amp;solution</source>
            <translation>&amp;Penderfyniad</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;odyn</translation>
        </message>
        <message>
            <source>An excluded member cannot see or score the bids concerned. A resolution is recorded under your name ({name}) and cannot be changed; if things change, the member makes a new declaration.</source>
            <translation>Ni all aelod sydd wedi'i eithrio weld y cynigion dan sylw na rhoi sgôr iddynt. Caiff penderfyniad ei gofnodi dan eich enw chi ({name}) ac ni ellir ei newid; os bydd pethau'n newid, bydd yr aelod yn gwneud datganiad newydd.</translation>
        </message>
        <message>
            <source>Nothing awaits resolution.</source>
            <translation>Does dim yn aros am benderfyniad.</translation>
        </message>
    </context>
    <context>
        <name>ResponsesEditor</name>
        <message>
            <source>Measures to respond to</source>
            <translation>Mesurau i ymateb iddynt</translation>
        </message>
        <message>
            <source>Measure being answered</source>
            <translation>Y mesur sy'n cael ei ateb</translation>
        </message>
        <message>
            <source>Paste or type the bid's response to this measure.</source>
            <translation>Gludwch neu teipiwch ymateb y cynnig i'r mesur hwn.</translation>
        </message>
        <message>
            <source>e.g. pp. 12–14, appendix C</source>
            <translation>e.e. tt. 12–14, atodiad C</translation>
        </message>
        <message>
            <source>a number, 0 or more</source>
            <translation>rhif, 0 neu fwy</translation>
        </message>
        <message>
            <source>Unit of the committed quantity</source>
            <translation>Uned y nifer a ymrwymwyd</translation>
        </message>
        <message>
            <source>Response status</source>
            <translation>Statws yr ymateb</translation>
        </message>
        <message>
            <source>Save res&amp;ponse</source>
            <translation>Cadw'r &amp;ymateb</translation>
        </message>
        <message>
            <source>Save response</source>
            <translation>Cadw'r ymateb</translation>
        </message>
        <message>
            <source>Respo&amp;nse</source>
            <translation>Y&amp;mateb</translation>
        </message>
        <message>
            <source>Pa&amp;ge references</source>
            <translation>Cyfeiriadau &amp;tudalen</translation>
        </message>
        <message>
            <source>Committed &amp;quantity</source>
            <translation>&amp;Nifer a ymrwymwyd</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>wedi'i ateb</translation>
        </message>
        <message>
            <source>no response yet</source>
            <translation>dim ymateb eto</translation>
        </message>
        <message>
            <source>(no unit given)</source>
            <translation>(dim uned wedi'i rhoi)</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>Uned: {unit}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{code} — {title}&lt;/b&gt;&lt;br&gt;{kind}</source>
            <translation>&lt;b&gt;{code} — {title}&lt;/b&gt;&lt;br&gt;{kind}</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Heb ei gadw: {problem}</translation>
        </message>
        <message>
            <source>Choose a bid to see its responses.</source>
            <translation>Dewiswch gynnig i weld ei ymatebion.</translation>
        </message>
        <message>
            <source>This tender has no measures yet.</source>
            <translation>Nid oes mesurau gan y tendr hwn eto.</translation>
        </message>
        <message>
            <source>quantitative: a committed quantity and the response that supports it</source>
            <translation>meintiol: nifer a ymrwymwyd a'r ymateb sy'n ei chefnogi</translation>
        </message>
        <message>
            <source>qualitative: a written response</source>
            <translation>ansoddol: ymateb ysgrifenedig</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Wedi'i gadw.</translation>
        </message>
        <message>
            <source>The written response was saved; the quantity was not.</source>
            <translation>Cafodd yr ymateb ysgrifenedig ei gadw; ni chafodd y nifer ei chadw.</translation>
        </message>
        <message>
            <source>Committed quantity</source>
            <translation>Nifer a ymrwymwyd</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Whether these results are provisional or final</source>
            <translation>A yw'r canlyniadau hyn yn rhai dros dro neu'n derfynol</translation>
        </message>
        <message>
            <source>Section weight warning</source>
            <translation>Rhybudd am bwysoliad yr adran</translation>
        </message>
        <message>
            <source>Weight sensitivity</source>
            <translation>Sensitifrwydd y pwysoliadau</translation>
        </message>
        <message>
            <source>Ranking: totals and subtotals per bid</source>
            <translation>Safle: cyfansymiau ac is-gyfansymiau fesul cynnig</translation>
        </message>
        <message>
            <source>Subtotals by framework, theme and outcome</source>
            <translation>Is-gyfansymiau fesul fframwaith, thema a chanlyniad</translation>
        </message>
        <message>
            <source>Points per measure for each bid</source>
            <translation>Pwyntiau fesul mesur ar gyfer pob cynnig</translation>
        </message>
        <message>
            <source>Bar chart of each bid's score by theme</source>
            <translation>Siart bar o sgôr pob cynnig fesul thema</translation>
        </message>
        <message>
            <source>&amp;Copy table</source>
            <translation>&amp;Copïo'r tabl</translation>
        </message>
        <message>
            <source>Copy the ranking table as tab-separated text</source>
            <translation>Copïo'r tabl safleoedd fel testun wedi'i wahanu gan dabiau</translation>
        </message>
        <message>
            <source>Copy &amp;outcome subtotals</source>
            <translation>Copïo is-gyfansymiau'r c&amp;anlyniadau</translation>
        </message>
        <message>
            <source>Copy the outcome subtotals as tab-separated text</source>
            <translation>Copïo is-gyfansymiau'r canlyniadau fel testun wedi'i wahanu gan dabiau</translation>
        </message>
        <message>
            <source>Clipboard</source>
            <translation>Clipfwrdd</translation>
        </message>
        <message>
            <source>Other award &amp;criteria…</source>
            <translation>Meini prawf &amp;dyfarnu eraill…</translation>
        </message>
        <message>
            <source>Other award criteria and the whole result</source>
            <translation>Meini prawf dyfarnu eraill a'r canlyniad cyfan</translation>
        </message>
        <message>
            <source>The whole result across every award criterion</source>
            <translation>Y canlyniad cyfan ar draws pob maen prawf dyfarnu</translation>
        </message>
        <message>
            <source>Scores by theme</source>
            <translation>Sgoriau fesul thema</translation>
        </message>
        <message>
            <source>Chart and outcome subtotals</source>
            <translation>Siart ac is-gyfansymiau'r canlyniadau</translation>
        </message>
        <message>
            <source>Scores by &amp;theme (chart)</source>
            <translation>Sgoriau fesul &amp;thema (siart)</translation>
        </message>
        <message>
            <source>Subtotals by theme and o&amp;utcome</source>
            <translation>Is-gyfansymiau fesul thema a &amp;chanlyniad</translation>
        </message>
        <message>
            <source>Scores by &amp;measure</source>
            <translation>Sgoriau fesul &amp;mesur</translation>
        </message>
        <message>
            <source>Loading the results…</source>
            <translation>Wrthi'n llwytho'r canlyniadau…</translation>
        </message>
        <message>
            <source>No results yet: %1</source>
            <translation>Dim canlyniadau eto: %1</translation>
        </message>
        <message>
            <source>Each bid's score out of 100, split by theme, best first. The same figures are in the ranking table.</source>
            <translation>Sgôr pob cynnig allan o 100, wedi'i rhannu fesul thema, y gorau yn gyntaf. Mae'r un ffigurau yn y tabl safleoedd.</translation>
        </message>
        <message>
            <source>&lt;b&gt;PROVISIONAL&lt;/b&gt; — %1 is in %2, not signed off. Figures use the panel's consensus where it has agreed one, otherwise the median of the individual scores or the bid's committed quantity.</source>
            <translation>&lt;b&gt;DROS DRO&lt;/b&gt; — mae %1 yn y cam %2, heb ei gymeradwyo. Mae'r ffigurau'n defnyddio consensws y panel lle mae wedi cytuno ar un, neu fel arall ganolrif y sgoriau unigol neu'r swm a ymrwymwyd gan y cynnig.</translation>
        </message>
        <message>
            <source>&lt;b&gt;FINAL&lt;/b&gt; — %1 is signed off. These results cannot change unless an officer reopens the tender.</source>
            <translation>&lt;b&gt;TERFYNOL&lt;/b&gt; — mae %1 wedi'i gymeradwyo. Ni all y canlyniadau hyn newid oni bai bod swyddog yn ailagor y tendr.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> a </translation>
        </message>
        <message>
            <source>Sensitivity: there are no bids to rank yet.</source>
            <translation>Sensitifrwydd: nid oes cynigion i'w rhestru eto.</translation>
        </message>
        <message>
            <source>Sensitivity: every bid is disqualified, so no bid comes first.</source>
            <translation>Sensitifrwydd: mae pob cynnig wedi'i ddiarddel, felly nid oes cynnig yn dod yn gyntaf.</translation>
        </message>
        <message>
            <source>Sensitivity: first place (%1) holds when any one measure's weight moves by ±25%.</source>
            <translation>Sensitifrwydd: mae'r safle cyntaf (%1) yn dal pan fydd pwysoliad unrhyw un mesur yn symud ±25%.</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> a {count} arall</translation>
        </message>
        <message>
            <source>Copied {count} row(s) and a header row as tab-separated text.</source>
            <translation>Copïwyd {count} rhes a rhes pennawd fel testun wedi'i wahanu gan dabiau.</translation>
        </message>
        <message>
            <source>%1 would come first if one of these weights moved: %2.</source>
            <translation>Byddai %1 yn dod yn gyntaf pe bai un o'r pwysoliadau hyn yn symud: %2.</translation>
        </message>
        <message>
            <source>Sensitivity: first place (%1) does not hold.</source>
            <translation>Sensitifrwydd: nid yw'r safle cyntaf (%1) yn dal.</translation>
        </message>
        <message>
            <source>%1 (of %2)</source>
            <translation>%1 (o %2)</translation>
        </message>
        <message>
            <source>disqualified</source>
            <translation>wedi'i ddiarddel</translation>
        </message>
    </context>
    <context>
        <name>ReturnsActions</name>
        <message>
            <source>Response template</source>
            <translation>Templed ymateb</translation>
        </message>
        <message>
            <source>Writing the response template…</source>
            <translation>Yn ysgrifennu'r templed ymateb…</translation>
        </message>
        <message>
            <source>Cannot write the response template</source>
            <translation>Ni ellir ysgrifennu'r templed ymateb</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Wrote the response template (version {version}) to {file}. Send it to bidders with the questionnaire.</source>
            <translation>Ysgrifennwyd y templed ymateb (fersiwn {version}) i {file}. Anfonwch ef at gynigwyr gyda'r holiadur.</translation>
        </message>
        <message>
            <source>Import returns</source>
            <translation>Mewnforio ymatebion</translation>
        </message>
        <message>
            <source>Import the returns in a folder</source>
            <translation>Mewnforio'r ymatebion mewn ffolder</translation>
        </message>
        <message>
            <source>Reading the returns…</source>
            <translation>Yn darllen yr ymatebion…</translation>
        </message>
        <message>
            <source>Cannot read the returns</source>
            <translation>Ni ellir darllen yr ymatebion</translation>
        </message>
        <message>
            <source>Importing the returns…</source>
            <translation>Yn mewnforio'r ymatebion…</translation>
        </message>
        <message>
            <source>Cannot import the returns</source>
            <translation>Ni ellir mewnforio'r ymatebion</translation>
        </message>
        <message>
            <source>Nothing changed: every return was already imported.</source>
            <translation>Dim wedi newid: roedd pob ymateb wedi'i fewnforio eisoes.</translation>
        </message>
        <message>
            <source>Imported {count} returns: {new} new bids, {updated} updated, {unchanged} unchanged.</source>
            <translation>Mewnforiwyd {count} ymateb: {new} cynnig newydd, {updated} wedi'u diweddaru, {unchanged} heb eu newid.</translation>
        </message>
    </context>
    <context>
        <name>ReturnsPreviewDialog</name>
        <message>
            <source>Import returns: preview</source>
            <translation>Mewnforio ymatebion: rhagolwg</translation>
        </message>
        <message>
            <source>What importing would do</source>
            <translation>Beth fyddai mewnforio yn ei wneud</translation>
        </message>
        <message>
            <source>File, bid and response</source>
            <translation>Ffeil, cynnig ac ymateb</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Beth sydd ynddi</translation>
        </message>
        <message>
            <source>Returns: the bid each file creates or updates, its responses and what differs</source>
            <translation>Ymatebion: y cynnig y mae pob ffeil yn ei greu neu'n ei ddiweddaru, ei ymatebion a'r hyn sy'n wahanol</translation>
        </message>
        <message>
            <source>Problems in the returns, one a line</source>
            <translation>Problemau yn yr ymatebion, un ar bob llinell</translation>
        </message>
        <message>
            <source>C&amp;opy problems</source>
            <translation>&amp;Copïo'r problemau</translation>
        </message>
        <message>
            <source>Copy problems</source>
            <translation>Copïo'r problemau</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Mewnforio</translation>
        </message>
        <message>
            <source>1 problem in 1 file.</source>
            <translation>1 broblem mewn 1 ffeil.</translation>
        </message>
        <message>
            <source>{problems} problems in 1 file.</source>
            <translation>{problems} problem mewn 1 ffeil.</translation>
        </message>
        <message>
            <source>{problems} problems in {files} files.</source>
            <translation>{problems} problem mewn {files} ffeil.</translation>
        </message>
        <message>
            <source>Nothing will be imported until every file is fixed: correct the cells named below (copy the list for {senders} if it helps) and import the returns again.</source>
            <translation>Ni chaiff dim ei fewnforio nes bod pob ffeil wedi'i chywiro: cywirwch y celloedd a enwir isod (copïwch y rhestr ar gyfer {senders} os yw hynny o help) a mewnforiwch yr ymatebion eto.</translation>
        </message>
        <message>
            <source>Import {count} returns</source>
            <translation>Mewnforio {count} ymateb</translation>
        </message>
        <message>
            <source>{count} new bids</source>
            <translation>{count} cynnig newydd</translation>
        </message>
        <message>
            <source>{count} bids updated</source>
            <translation>{count} cynnig wedi'u diweddaru</translation>
        </message>
        <message>
            <source>{count} unchanged (already imported)</source>
            <translation>{count} heb eu newid (wedi'u mewnforio eisoes)</translation>
        </message>
        <message>
            <source>1 return checked: {outcome}.</source>
            <translation>1 ymateb wedi'i wirio: {outcome}.</translation>
        </message>
        <message>
            <source>{count} returns checked: {outcome}.</source>
            <translation>{count} ymateb wedi'u gwirio: {outcome}.</translation>
        </message>
        <message>
            <source>Creates a new bid: {bidder}</source>
            <translation>Yn creu cynnig newydd: {bidder}</translation>
        </message>
        <message>
            <source>Updates the bid of {bidder}</source>
            <translation>Yn diweddaru cynnig {bidder}</translation>
        </message>
        <message>
            <source>Leaves the bid of {bidder} unchanged (this file was already imported)</source>
            <translation>Yn gadael cynnig {bidder} heb ei newid (roedd y ffeil hon wedi'i mewnforio eisoes)</translation>
        </message>
        <message>
            <source>SHA-256 {hash}</source>
            <translation>SHA-256 {hash}</translation>
        </message>
        <message>
            <source>Differences ({count})</source>
            <translation>Gwahaniaethau ({count})</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} → {after}</translation>
        </message>
        <message>
            <source>Before:
{before}

After:
{after}</source>
            <translation>Cyn:
{before}

Ar ôl:
{after}</translation>
        </message>
        <message>
            <source>Responses ({count})</source>
            <translation>Ymatebion ({count})</translation>
        </message>
        <message>
            <source>Quantity {quantity} — {response}</source>
            <translation>Nifer {quantity} — {response}</translation>
        </message>
        <message>
            <source> (pages: {pages})</source>
            <translation> (tudalennau: {pages})</translation>
        </message>
        <message>
            <source>Nothing can be imported yet.</source>
            <translation>Ni ellir mewnforio dim eto.</translation>
        </message>
        <message>
            <source>Import 1 return</source>
            <translation>Mewnforio 1 ymateb</translation>
        </message>
        <message>
            <source>Fix every problem listed first.</source>
            <translation>Cywirwch bob problem a restrir yn gyntaf.</translation>
        </message>
        <message>
            <source>the bidders</source>
            <translation>y cynigwyr</translation>
        </message>
        <message>
            <source>1 new bid</source>
            <translation>1 cynnig newydd</translation>
        </message>
        <message>
            <source>1 bid updated</source>
            <translation>1 cynnig wedi'i ddiweddaru</translation>
        </message>
        <message>
            <source>Check each below, then import them all at once.</source>
            <translation>Gwiriwch bob un isod, yna mewnforiwch nhw i gyd ar unwaith.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>before → after</source>
            <translation>cyn → ar ôl</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(gwag)</translation>
        </message>
        <message>
            <source>(no response)</source>
            <translation>(dim ymateb)</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message>
            <source>Problem with the score</source>
            <translation>Problem gyda'r sgôr</translation>
        </message>
        <message>
            <source>&amp;Record score</source>
            <translation>&amp;Cofnodi sgôr</translation>
        </message>
        <message>
            <source>Score {identifier} on {criterion}</source>
            <translation>Sgorio {identifier} ar {criterion}</translation>
        </message>
        <message>
            <source>{criterion} ({name}): {percent}%, out of {top}.</source>
            <translation>{criterion} ({name}): {percent}%, allan o {top}.</translation>
        </message>
        <message>
            <source>0 to {top}</source>
            <translation>0 i {top}</translation>
        </message>
        <message>
            <source>Why, by reference to the bid: its section or page</source>
            <translation>Pam, gan gyfeirio at y cynnig: ei adran neu ei dudalen</translation>
        </message>
        <message>
            <source>&amp;Score</source>
            <translation>&amp;Sgôr</translation>
        </message>
        <message>
            <source>&amp;Reasons</source>
            <translation>&amp;Rhesymau</translation>
        </message>
    </context>
    <context>
        <name>ScoreEditor</name>
        <message>
            <source>The chosen score and what it means</source>
            <translation>Y sgôr a ddewiswyd a'i hystyr</translation>
        </message>
        <message>
            <source>&amp;Abstain: I cannot score this item</source>
            <translation>&amp;Ymatal: ni allaf sgorio'r eitem hon</translation>
        </message>
        <message>
            <source>Abstain from scoring this item</source>
            <translation>Ymatal rhag sgorio'r eitem hon</translation>
        </message>
        <message>
            <source>Reason for abstaining</source>
            <translation>Rheswm dros ymatal</translation>
        </message>
        <message>
            <source>Why you abstain, e.g. outside your expertise</source>
            <translation>Pam rydych yn ymatal, e.e. y tu allan i'ch arbenigedd</translation>
        </message>
        <message>
            <source>&amp;Rationale: the strengths, the weaknesses, and where in the bid the evidence is</source>
            <translation>&amp;Rhesymeg: y cryfderau, y gwendidau, a ble yn y cynnig mae'r dystiolaeth</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rhesymeg</translation>
        </message>
        <message>
            <source>Strengths: what the response commits to, specifically…
Weaknesses: what is missing, vague or unevidenced…
Evidence: where in the bid you found it…</source>
            <translation>Cryfderau: beth mae'r ymateb yn ymrwymo iddo, yn benodol…
Gwendidau: beth sydd ar goll, yn amwys neu heb dystiolaeth…
Tystiolaeth: ble yn y cynnig y daethoch o hyd iddi…</translation>
        </message>
        <message>
            <source>&amp;Where in the bid:</source>
            <translation>&amp;Ble yn y cynnig:</translation>
        </message>
        <message>
            <source>Where in the bid the evidence is</source>
            <translation>Ble yn y cynnig mae'r dystiolaeth</translation>
        </message>
        <message>
            <source>e.g. Method statement pp. 4–6; Appendix C</source>
            <translation>e.e. Datganiad dull tt. 4–6; Atodiad C</translation>
        </message>
        <message>
            <source>What this item still needs</source>
            <translation>Beth sydd ei angen ar yr eitem hon o hyd</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Statws cadw</translation>
        </message>
        <message>
            <source>&lt;b&gt;Your score&lt;/b&gt; (digit keys; Alt+digit while typing)</source>
            <translation>&lt;b&gt;Eich sgôr&lt;/b&gt; (bysellau digid; Alt+digid wrth deipio)</translation>
        </message>
        <message>
            <source>Score %1: %2</source>
            <translation>Sgôr %1: %2</translation>
        </message>
        <message>
            <source>Key %1, or Alt+%1 while typing</source>
            <translation>Bysell %1, neu Alt+%1 wrth deipio</translation>
        </message>
        <message>
            <source>+ raises the score</source>
            <translation>+ yn codi'r sgôr</translation>
        </message>
        <message>
            <source>&lt;b&gt;Abstained.&lt;/b&gt; Your abstention and its reason are recorded instead of a score.</source>
            <translation>&lt;b&gt;Wedi ymatal.&lt;/b&gt; Cofnodir eich ymataliad a'i reswm yn lle sgôr.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not scored yet.&lt;/b&gt; Click a score, or press its digit key.</source>
            <translation>&lt;b&gt;Dim sgôr eto.&lt;/b&gt; Cliciwch ar sgôr, neu pwyswch ei bysell ddigid.</translation>
        </message>
        <message>
            <source>No rationale yet: give the strengths, the weaknesses and where the evidence is.</source>
            <translation>Dim rhesymeg eto: rhowch y cryfderau, y gwendidau a ble mae'r dystiolaeth.</translation>
        </message>
        <message>
            <source>Rationale too short: %1 characters; this tender asks for at least %2.</source>
            <translation>Rhesymeg yn rhy fyr: %1 nod; mae'r tendr hwn yn gofyn am o leiaf %2.</translation>
        </message>
        <message>
            <source>Give a reason for abstaining.</source>
            <translation>Rhowch reswm dros ymatal.</translation>
        </message>
    </context>
    <context>
        <name>ScoringPage</name>
        <message>
            <source>Scoring opens once the officer starts evaluation on the Set-up page.</source>
            <translation>Mae'r sgorio'n agor pan fydd y swyddog yn dechrau'r gwerthuso ar y dudalen Sefydlu.</translation>
        </message>
        <message>
            <source>Choose who you are in “I am” to see your items to score.</source>
            <translation>Dewiswch pwy ydych chi yn “Fi yw” i weld eich eitemau i'w sgorio.</translation>
        </message>
        <message>
            <source>No evaluator is on this tender's panel.</source>
            <translation>Nid oes gwerthuswr ar banel y tendr hwn.</translation>
        </message>
        <message>
            <source>Choose who you are…</source>
            <translation>Dewiswch pwy ydych chi…</translation>
        </message>
        <message>
            <source>You are signed in as %1.</source>
            <translation>Rydych wedi mewngofnodi fel %1.</translation>
        </message>
        <message>
            <source>Nobody is signed in.</source>
            <translation>Nid oes neb wedi mewngofnodi.</translation>
        </message>
        <message>
            <source>%1's scores, notes and declarations are shown only to %1: sign in as %1 with their passphrase to score.</source>
            <translation>Dim ond i %1 y dangosir sgoriau, nodiadau a datganiadau %1: mewngofnodwch fel %1 gyda'u cyfrinymadrodd i sgorio.</translation>
        </message>
        <message>
            <source>Sign in as %1…</source>
            <translation>Mewngofnodi fel %1…</translation>
        </message>
        <message>
            <source>To score as %1, sign in as %1.</source>
            <translation>I sgorio fel %1, mewngofnodwch fel %1.</translation>
        </message>
        <message>
            <source>There is nothing for you to score in this tender.</source>
            <translation>Nid oes dim i chi ei sgorio yn y tendr hwn.</translation>
        </message>
        <message>
            <source>This tender is signed off: these scores are the final record and cannot change.</source>
            <translation>Mae'r tendr hwn wedi'i gymeradwyo: y sgoriau hyn yw'r cofnod terfynol ac ni allant newid.</translation>
        </message>
        <message>
            <source>This tender is in %1: individual scores are locked; the panel settles each item on the Moderation page.</source>
            <translation>Mae'r tendr hwn yn y cam %1: mae'r sgoriau unigol wedi'u cloi; mae'r panel yn penderfynu ar bob eitem ar y dudalen Cymedroli.</translation>
        </message>
        <message>
            <source>You have submitted your scores; they are read-only until moderation.</source>
            <translation>Rydych wedi cyflwyno eich sgoriau; maent i'w darllen yn unig tan y cymedroli.</translation>
        </message>
        <message>
            <source>The workspace is open read-only: nothing you type here can be saved.</source>
            <translation>Mae'r gofod gwaith ar agor i'w ddarllen yn unig: ni ellir cadw dim a deipiwch yma.</translation>
        </message>
        <message>
            <source>{count} bid(s) stay hidden until the officer resolves your declared interest.</source>
            <translation>Mae {count} cynnig yn parhau'n gudd nes i'r swyddog ddatrys y buddiant a ddatganwyd gennych.</translation>
        </message>
        <message>
            <source>{count} bid(s) are hidden: a conflict of interest excludes you from them.</source>
            <translation>Mae {count} cynnig yn gudd: mae gwrthdaro buddiannau yn eich eithrio ohonynt.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Heb gadw: %1</translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <translation>Wedi cadw am %1</translation>
        </message>
        <message>
            <source>Nothing saved for this item yet.</source>
            <translation>Dim wedi'i gadw ar gyfer yr eitem hon eto.</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <translation>Eitem %1 o %2</translation>
        </message>
        <message>
            <source>The workspace was closed before this note could be saved.</source>
            <translation>Caewyd y gofod gwaith cyn i'r nodyn hwn gael ei gadw.</translation>
        </message>
    </context>
    <context>
        <name>ScoringSubmission</name>
        <message>
            <source>{count} item(s) not scored</source>
            <translation>{count} eitem heb sgôr</translation>
        </message>
        <message>
            <source>{count} item(s) without a rationale or a reason for abstaining</source>
            <translation>{count} eitem heb resymeg na rheswm dros ymatal</translation>
        </message>
        <message>
            <source>{count} item(s) not saved</source>
            <translation>{count} eitem heb eu cadw</translation>
        </message>
        <message>
            <source>You cannot submit yet: %1. Ctrl+U goes to the first such item.</source>
            <translation>Ni allwch gyflwyno eto: %1. Mae Ctrl+U yn mynd i'r eitem gyntaf o'r fath.</translation>
        </message>
        <message>
            <source>Submit your scores for all %1 items? They become read-only until moderation.</source>
            <translation>Cyflwyno eich sgoriau ar gyfer pob un o'r %1 eitem? Byddant yn rhai i'w darllen yn unig tan y cymedroli.</translation>
        </message>
        <message>
            <source>{count} rationale(s) are shorter than this tender's minimum of {minimum} characters.</source>
            <translation>Mae {count} rhesymeg yn fyrrach na lleiafswm y tendr hwn o {minimum} nod.</translation>
        </message>
        <message>
            <source>Submit my scores</source>
            <translation>Cyflwyno fy sgoriau</translation>
        </message>
    </context>
    <context>
        <name>ScoringWidgets</name>
        <message>
            <source>I am (the panel member scoring)</source>
            <translation>Fi yw (yr aelod o'r panel sy'n sgorio)</translation>
        </message>
        <message>
            <source>Scoring order</source>
            <translation>Trefn sgorio</translation>
        </message>
        <message>
            <source>Bid by bid</source>
            <translation>Fesul cynnig</translation>
        </message>
        <message>
            <source>Measure by measure, across all bids</source>
            <translation>Fesul mesur, ar draws pob cynnig</translation>
        </message>
        <message>
            <source>Declare an interest…</source>
            <translation>Datgan buddiant…</translation>
        </message>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Datgan gwrthdaro buddiannau</translation>
        </message>
        <message>
            <source>Scoring progress</source>
            <translation>Cynnydd sgorio</translation>
        </message>
        <message>
            <source>%v of %m scored</source>
            <translation>%v o %m wedi'u sgorio</translation>
        </message>
        <message>
            <source>Submit my scores</source>
            <translation>Cyflwyno fy sgoriau</translation>
        </message>
        <message>
            <source>Submit every score (Ctrl+Enter); they are then read-only until moderation</source>
            <translation>Cyflwyno pob sgôr (Ctrl+Enter); byddant wedyn yn rhai i'w darllen yn unig tan y cymedroli</translation>
        </message>
        <message>
            <source>&amp;I am:</source>
            <translation>&amp;Fi yw:</translation>
        </message>
        <message>
            <source>&amp;Order:</source>
            <translation>T&amp;refn:</translation>
        </message>
        <message>
            <source>About your scores</source>
            <translation>Am eich sgoriau</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Neges</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Sgorio</translation>
        </message>
        <message>
            <source>Signing in</source>
            <translation>Mewngofnodi</translation>
        </message>
        <message>
            <source>Sign in…</source>
            <translation>Mewngofnodi…</translation>
        </message>
        <message>
            <source>Sign in as this member</source>
            <translation>Mewngofnodi fel yr aelod hwn</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Blaenorol</translation>
        </message>
        <message>
            <source>Previous item (Alt+Left)</source>
            <translation>Yr eitem flaenorol (Alt+Left)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Nesaf ▶</translation>
        </message>
        <message>
            <source>Next item (Alt+Right)</source>
            <translation>Yr eitem nesaf (Alt+Right)</translation>
        </message>
        <message>
            <source>First unscored</source>
            <translation>Y gyntaf heb sgôr</translation>
        </message>
        <message>
            <source>First unscored item (Ctrl+U)</source>
            <translation>Yr eitem gyntaf heb sgôr (Ctrl+U)</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Who is signed in</source>
            <translation>Pwy sydd wedi mewngofnodi</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>&amp;Mewngofnodi…</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>Ne&amp;wid defnyddiwr…</translation>
        </message>
        <message>
            <source>Sign &amp;out / Lock</source>
            <translation>&amp;Allgofnodi / Cloi</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Pobl…</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Heb fewngofnodi</translation>
        </message>
        <message>
            <source>Signed in as {name}</source>
            <translation>Wedi mewngofnodi fel {name}</translation>
        </message>
        <message>
            <source>Choose who you are. {name} stays signed in until you sign in as someone else.</source>
            <translation>Dewiswch pwy ydych chi. Bydd {name} yn aros wedi mewngofnodi nes i chi fewngofnodi fel rhywun arall.</translation>
        </message>
        <message>
            <source>{name} signed out.</source>
            <translation>Mae {name} wedi allgofnodi.</translation>
        </message>
        <message>
            <source>Signed out after {minutes} minutes without use. Sign in to carry on.</source>
            <translation>Wedi allgofnodi ar ôl {minutes} munud heb ddefnydd. Mewngofnodwch i barhau.</translation>
        </message>
        <message>
            <source>Sign in…</source>
            <translation>Mewngofnodi…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Allgofnodi</translation>
        </message>
        <message>
            <source>Sign in first</source>
            <translation>Mewngofnodwch yn gyntaf</translation>
        </message>
    </context>
    <context>
        <name>SetByHandDialog</name>
        <message>
            <source>Set by hand: {name}</source>
            <translation>Gosod â llaw: {name}</translation>
        </message>
        <message>
            <source>Say how {name} is owned and controlled, and what shows it (its rules, the register entry, the trust deed…).</source>
            <translation>Nodwch sut mae {name} yn cael ei berchen a'i reoli, a beth sy'n dangos hynny (ei reolau, y cofnod yn y gofrestr, y weithred ymddiriedolaeth…).</translation>
        </message>
        <message>
            <source>Ownership model</source>
            <translation>Model perchnogaeth</translation>
        </message>
        <message>
            <source>&amp;Ownership model:</source>
            <translation>&amp;Model perchnogaeth:</translation>
        </message>
        <message>
            <source>Counts as &amp;co-operative or democratic</source>
            <translation>Yn cyfrif fel &amp;cydweithredol neu ddemocrataidd</translation>
        </message>
        <message>
            <source>Counts as co-operative or democratic</source>
            <translation>Yn cyfrif fel cydweithredol neu ddemocrataidd</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <source>Required: what shows this, e.g. rules registered with the FCA, society number 1234R</source>
            <translation>Gofynnol: beth sy'n dangos hyn, e.e. rheolau wedi'u cofrestru gyda'r FCA, rhif cymdeithas 1234R</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>&amp;Tystiolaeth:</translation>
        </message>
        <message>
            <source>&amp;Set</source>
            <translation>&amp;Gosod</translation>
        </message>
        <message>
            <source>Give the evidence.</source>
            <translation>Rhowch y dystiolaeth.</translation>
        </message>
    </context>
    <context>
        <name>SetupMethodDialog</name>
        <message>
            <source>How {code} is marked</source>
            <translation>Sut mae {code} yn cael ei farcio</translation>
        </message>
        <message>
            <source>Relative to the best bid</source>
            <translation>O'i gymharu â'r cynnig gorau</translation>
        </message>
        <message>
            <source>Towards a target</source>
            <translation>Tuag at darged</translation>
        </message>
        <message>
            <source>In bands</source>
            <translation>Mewn bandiau</translation>
        </message>
        <message>
            <source>Recorded only, not marked</source>
            <translation>Wedi'i gofnodi'n unig, heb ei farcio</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Uwch sy'n well</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Is sy'n well</translation>
        </message>
        <message>
            <source>e.g. 20</source>
            <translation>e.e. 20</translation>
        </message>
        <message>
            <source>threshold: share; … e.g. 10: 0.25; 25: 0.5; 50: 1</source>
            <translation>trothwy: cyfran; … e.e. 10: 0.25; 25: 0.5; 50: 1</translation>
        </message>
        <message>
            <source>Method message</source>
            <translation>Neges am y dull</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Dull</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Cyfeiriad</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>&amp;Targed</translation>
        </message>
        <message>
            <source>&amp;Bands</source>
            <translation>&amp;Bandiau</translation>
        </message>
        <message>
            <source>Each bid gets its share of the marks against the best bid's commitment.</source>
            <translation>Mae pob cynnig yn cael ei gyfran o'r marciau o'i gymharu ag ymrwymiad y cynnig gorau.</translation>
        </message>
        <message>
            <source>Each bid gets its progress towards the target, full marks once it is met.</source>
            <translation>Mae pob cynnig yn cael marciau yn ôl ei gynnydd tuag at y targed, a marciau llawn pan gaiff ei gyrraedd.</translation>
        </message>
        <message>
            <source>A bid gets the share (0 to 1) of the first band whose threshold it does not exceed.</source>
            <translation>Mae cynnig yn cael cyfran (0 i 1) y band cyntaf nad yw'n mynd dros ei drothwy.</translation>
        </message>
        <message>
            <source>A bid gets the share (0 to 1) of the last band whose threshold it reaches.</source>
            <translation>Mae cynnig yn cael cyfran (0 i 1) y band olaf y mae'n cyrraedd ei drothwy.</translation>
        </message>
        <message>
            <source>The quantity is recorded and reported but earns no marks.</source>
            <translation>Caiff y nifer ei chofnodi a'i chynnwys yn yr adroddiad ond nid yw'n ennill marciau.</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Set-up status</source>
            <translation>Statws sefydlu</translation>
        </message>
        <message>
            <source>Start evaluati&amp;on…</source>
            <translation>D&amp;echrau'r gwerthuso…</translation>
        </message>
        <message>
            <source>Start evaluation</source>
            <translation>Dechrau'r gwerthuso</translation>
        </message>
        <message>
            <source>Starting evaluation freezes the scale, the weights, the thresholds and the methods. The weights must total exactly 100 and the panel needs an evaluator.</source>
            <translation>Mae dechrau'r gwerthuso yn rhewi'r raddfa, y pwysoliadau, y trothwyon a'r dulliau. Rhaid i'r pwysoliadau gyfanswm o 100 yn union, ac mae angen gwerthuswr ar y panel.</translation>
        </message>
        <message>
            <source>Start evaluation message</source>
            <translation>Neges dechrau'r gwerthuso</translation>
        </message>
        <message>
            <source>Tender details</source>
            <translation>Manylion y tendr</translation>
        </message>
        <message>
            <source>Read-only: this tender is signed off, so its set-up is part of the final record. These are the measures, weights, thresholds and methods the panel scored against; none of them can change.</source>
            <translation>Darllen yn unig: mae'r tendr hwn wedi'i gymeradwyo, felly mae ei sefydlu yn rhan o'r cofnod terfynol. Dyma'r mesurau, y pwysoliadau, y trothwyon a'r dulliau y sgoriodd y panel yn eu herbyn; ni all yr un ohonynt newid.</translation>
        </message>
        <message>
            <source>Read-only: evaluation has started (the tender is now at the %1 stage), so this set-up is frozen. The panel scores against these measures, weights, thresholds and methods, so none of them can change.</source>
            <translation>Darllen yn unig: mae'r gwerthuso wedi dechrau (mae'r tendr bellach yn y cam %1), felly mae'r sefydlu hwn wedi'i rewi. Mae'r panel yn sgorio yn erbyn y mesurau, y pwysoliadau, y trothwyon a'r dulliau hyn, felly ni all yr un ohonynt newid.</translation>
        </message>
        <message>
            <source>This workspace is open read-only, so the set-up is shown but cannot be changed.</source>
            <translation>Mae'r gofod gwaith hwn ar agor i'w ddarllen yn unig, felly dangosir y sefydlu ond ni ellir ei newid.</translation>
        </message>
        <message>
            <source>Start evaluation?</source>
            <translation>Dechrau'r gwerthuso?</translation>
        </message>
        <message>
            <source>    … and %1 more</source>
            <translation>    … a %1 arall</translation>
        </message>
        <message>
            <source>Starting evaluation of %1 — %2 freezes its set-up. After this none of the following can change:</source>
            <translation>Mae dechrau gwerthuso %1 — %2 yn rhewi ei sefydlu. Ar ôl hyn ni all dim o'r canlynol newid:</translation>
        </message>
        <message>
            <source>• Scale: %1</source>
            <translation>• Graddfa: %1</translation>
        </message>
        <message>
            <source>• Social value weight: %1% of the whole tender</source>
            <translation>• Pwysoliad gwerth cymdeithasol: %1% o'r tendr cyfan</translation>
        </message>
        <message>
            <source>• %1 measures and their weights:</source>
            <translation>• %1 mesur a'u pwysoliadau:</translation>
        </message>
        <message>
            <source>• Minimum thresholds: %1</source>
            <translation>• Trothwyon isaf: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>• Methods, targets and bands of %1 quantitative measures</source>
            <translation>• Dulliau, targedau a bandiau %1 mesur meintiol</translation>
        </message>
        <message>
            <source>• Moderation: discuss spreads from %1%, split above %2%; %3</source>
            <translation>• Cymedroli: trafod gwasgariadau o %1%, hollti uwchlaw %2%; %3</translation>
        </message>
        <message>
            <source>a bid missing a minimum is disqualified</source>
            <translation>caiff cynnig nad yw'n cyrraedd isafswm ei ddiarddel</translation>
        </message>
        <message>
            <source>no disqualification</source>
            <translation>dim diarddel</translation>
        </message>
        <message>
            <source>Evaluators can then declare interests and score the bids. Start evaluation now?</source>
            <translation>Gall y gwerthuswyr wedyn ddatgan buddiannau a sgorio'r cynigion. Dechrau'r gwerthuso nawr?</translation>
        </message>
    </context>
    <context>
        <name>SetupSpreadsheetDialog</name>
        <message>
            <source>Import a council spreadsheet of measures</source>
            <translation>Mewnforio taenlen mesurau'r cyngor</translation>
        </message>
        <message>
            <source>e.g. Licensed to Vale Council for its own procurement</source>
            <translation>e.e. Wedi'i thrwyddedu i Gyngor y Fro ar gyfer ei gaffael ei hun</translation>
        </message>
        <message>
            <source>e.g. the licensor and edition of the measures</source>
            <translation>e.e. trwyddedwr ac argraffiad y mesurau</translation>
        </message>
        <message>
            <source>optional; the file's name if left empty</source>
            <translation>dewisol; enw'r ffeil os caiff ei adael yn wag</translation>
        </message>
        <message>
            <source>Each row of the table becomes a quantitative measure, grouped by its theme and outcome. Columns needed: Theme, Outcome, Code, Measure, Unit.</source>
            <translation>Mae pob rhes o'r tabl yn troi'n fesur meintiol, wedi'i grwpio yn ôl ei thema a'i ganlyniad. Y colofnau sydd eu hangen: Theme, Outcome, Code, Measure, Unit (thema, canlyniad, cod, mesur, uned).</translation>
        </message>
        <message>
            <source>Spreadsheet import message</source>
            <translation>Neges am fewnforio'r daenlen</translation>
        </message>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Dewiswch y daenlen</translation>
        </message>
        <message>
            <source>&amp;Spreadsheet</source>
            <translation>&amp;Taenlen</translation>
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation>T&amp;rwydded</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>&amp;Ffynhonnell</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <source>Choose where to save the framework file</source>
            <translation>Dewiswch ble i gadw ffeil y fframwaith</translation>
        </message>
        <message>
            <source>Save the &amp;framework file as</source>
            <translation>Cadw ffeil y ff&amp;ramwaith fel</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Taenlen</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Trwydded</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Save the framework file as</source>
            <translation>Cadw ffeil y fframwaith fel</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Pori…</translation>
        </message>
        <message>
            <source>Choose the council's spreadsheet</source>
            <translation>Dewiswch daenlen y cyngor</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Taenlenni (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Framework files (*.toml)</source>
            <translation>Ffeiliau fframwaith (*.toml)</translation>
        </message>
        <message>
            <source>the spreadsheet</source>
            <translation>y daenlen</translation>
        </message>
        <message>
            <source>the licence</source>
            <translation>y drwydded</translation>
        </message>
        <message>
            <source>the source</source>
            <translation>y ffynhonnell</translation>
        </message>
        <message>
            <source>where to save</source>
            <translation>ble i gadw</translation>
        </message>
        <message>
            <source>Fill in {fields}.</source>
            <translation>Llenwch {fields}.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Gofod gwaith newydd</translation>
        </message>
        <message>
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <source>Open a workspace</source>
            <translation>Agor gofod gwaith</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Cadw copi</translation>
        </message>
        <message>
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <source>New tender</source>
            <translation>Tendr newydd</translation>
        </message>
        <message>
            <source>Ctrl+1 / Ctrl+2</source>
            <translation>Ctrl+1 / Ctrl+2</translation>
        </message>
        <message>
            <source>Workspace / Frameworks</source>
            <translation>Gofod gwaith / Fframweithiau</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>Search frameworks</source>
            <translation>Chwilio fframweithiau</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Gadael</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>Sign out / lock</source>
            <translation>Allgofnodi / cloi</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Y rhestr hon</translation>
        </message>
        <message>
            <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
            <translation>Ctrl+Tab / Ctrl+Shift+Tab</translation>
        </message>
        <message>
            <source>Next / previous page of the tender</source>
            <translation>Tudalen nesaf / flaenorol y tendr</translation>
        </message>
        <message>
            <source>Scoring: 0–9 (Alt+0–9 in a text field)</source>
            <translation>Sgorio: 0–9 (Alt+0–9 mewn maes testun)</translation>
        </message>
        <message>
            <source>Choose the scale point in that position</source>
            <translation>Dewis pwynt y raddfa yn y safle hwnnw</translation>
        </message>
        <message>
            <source>Scoring: + / −</source>
            <translation>Sgorio: + / −</translation>
        </message>
        <message>
            <source>Next / previous scale point</source>
            <translation>Pwynt nesaf / blaenorol ar y raddfa</translation>
        </message>
        <message>
            <source>Scoring: Alt+Right / Alt+Left</source>
            <translation>Sgorio: Alt+Right / Alt+Left</translation>
        </message>
        <message>
            <source>Next / previous item</source>
            <translation>Eitem nesaf / flaenorol</translation>
        </message>
        <message>
            <source>Scoring: Ctrl+U</source>
            <translation>Sgorio: Ctrl+U</translation>
        </message>
        <message>
            <source>First unscored item</source>
            <translation>Yr eitem gyntaf heb sgôr</translation>
        </message>
        <message>
            <source>Scoring: Ctrl+Enter</source>
            <translation>Sgorio: Ctrl+Enter</translation>
        </message>
        <message>
            <source>Submit my scores</source>
            <translation>Cyflwyno fy sgoriau</translation>
        </message>
        <message>
            <source>Scoring: Alt+R / Alt+W / Alt+A</source>
            <translation>Sgorio: Alt+R / Alt+W / Alt+A</translation>
        </message>
        <message>
            <source>Rationale / Where in the bid / Abstain</source>
            <translation>Rhesymeg / Ble yn y cynnig / Ymatal</translation>
        </message>
        <message>
            <source>Scoring: Alt+I / Alt+O</source>
            <translation>Sgorio: Alt+I / Alt+O</translation>
        </message>
        <message>
            <source>Who I am / Order of items</source>
            <translation>Pwy ydw i / Trefn yr eitemau</translation>
        </message>
        <message>
            <source>Moderation: Alt+Right / Alt+Left</source>
            <translation>Cymedroli: Alt+Right / Alt+Left</translation>
        </message>
        <message>
            <source>Moderation: Ctrl+D</source>
            <translation>Cymedroli: Ctrl+D</translation>
        </message>
        <message>
            <source>Next item needing discussion</source>
            <translation>Yr eitem nesaf sydd angen ei thrafod</translation>
        </message>
        <message>
            <source>Moderation: Ctrl+H</source>
            <translation>Cymedroli: Ctrl+H</translation>
        </message>
        <message>
            <source>History of the item</source>
            <translation>Hanes yr eitem</translation>
        </message>
        <message>
            <source>Moderation: Alt+0–9</source>
            <translation>Cymedroli: Alt+0–9</translation>
        </message>
        <message>
            <source>Choose the consensus score</source>
            <translation>Dewis y sgôr consensws</translation>
        </message>
        <message>
            <source>Moderation: Ctrl+Enter</source>
            <translation>Cymedroli: Ctrl+Enter</translation>
        </message>
        <message>
            <source>Record consensus</source>
            <translation>Cofnodi consensws</translation>
        </message>
        <message>
            <source>Moderation: F11</source>
            <translation>Cymedroli: F11</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Modd cyfarfod</translation>
        </message>
        <message>
            <source>Meeting mode: → / ← / D / R / Esc</source>
            <translation>Modd cyfarfod: → / ← / D / R / Esc</translation>
        </message>
        <message>
            <source>Next / previous / next needing discussion / reveal scores / leave</source>
            <translation>Nesaf / blaenorol / nesaf sydd angen ei thrafod / datgelu sgoriau / gadael</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Mewngofnodi</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Mewngofnodi</translation>
        </message>
        <message>
            <source>&amp;Who are you:</source>
            <translation>&amp;Pwy ydych chi:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cyfrinymadrodd:</translation>
        </message>
        <message>
            <source>One-time &amp;code:</source>
            <translation>C&amp;od untro:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>Cyfrinymadrodd &amp;newydd:</translation>
        </message>
        <message>
            <source>New passphrase &amp;again:</source>
            <translation>Cyfrinymadrodd newydd &amp;eto:</translation>
        </message>
        <message>
            <source>&amp;Forgot your passphrase?</source>
            <translation>&amp;Wedi anghofio'ch cyfrinymadrodd?</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Wedi anghofio'ch cyfrinymadrodd?</translation>
        </message>
        <message>
            <source>Nobody is known to this workspace yet: an officer adds people.</source>
            <translation>Nid yw'r gofod gwaith hwn yn adnabod neb eto: swyddog sy'n ychwanegu pobl.</translation>
        </message>
        <message>
            <source>{name} has no passphrase yet. Choose one now: you will type it each time you sign in, and to sign off.</source>
            <translation>Nid oes gan {name} gyfrinymadrodd eto. Dewiswch un nawr: byddwch yn ei deipio bob tro y byddwch yn mewngofnodi, ac i gymeradwyo.</translation>
        </message>
        <message>
            <source>{name}'s passphrase was reset. Type the one-time code the officer gave you, then choose a new passphrase.</source>
            <translation>Cafodd cyfrinymadrodd {name} ei ailosod. Teipiwch y cod untro a roddodd y swyddog i chi, yna dewiswch gyfrinymadrodd newydd.</translation>
        </message>
        <message>
            <source>Type the workspace's recovery code (shown when the workspace was made), then choose a new passphrase for {name}. You will be shown a new recovery code.</source>
            <translation>Teipiwch god adfer y gofod gwaith (a ddangoswyd pan gafodd y gofod gwaith ei greu), yna dewiswch gyfrinymadrodd newydd ar gyfer {name}. Cewch weld cod adfer newydd.</translation>
        </message>
        <message>
            <source>Recovery &amp;code:</source>
            <translation>C&amp;od adfer:</translation>
        </message>
        <message>
            <source>&amp;Set passphrase and sign in</source>
            <translation>&amp;Gosod cyfrinymadrodd a mewngofnodi</translation>
        </message>
        <message>
            <source>&amp;Reset with the recovery code</source>
            <translation>&amp;Ailosod gyda'r cod adfer</translation>
        </message>
        <message>
            <source>You are the only officer, so nobody can reset your passphrase for you: use the recovery code you kept when the workspace was made.</source>
            <translation>Chi yw'r unig swyddog, felly ni all neb ailosod eich cyfrinymadrodd ar eich rhan: defnyddiwch y cod adfer a gadwoch pan gafodd y gofod gwaith ei greu.</translation>
        </message>
        <message>
            <source>Ask an officer to reset your passphrase (Panel page → Reset passphrase…, or File → People…). They give you a one-time code in person; you then choose a new passphrase here. Nobody, not even the officer, learns it.</source>
            <translation>Gofynnwch i swyddog ailosod eich cyfrinymadrodd (tudalen Panel → Ailosod y cyfrinymadrodd…, neu Ffeil → Pobl…). Bydd yn rhoi cod untro i chi wyneb yn wyneb; yna byddwch yn dewis cyfrinymadrodd newydd yma. Ni fydd neb, hyd yn oed y swyddog, yn ei wybod.</translation>
        </message>
    </context>
    <context>
        <name>SignOffPage</name>
        <message>
            <source>Where the sign-off stands</source>
            <translation>Cyflwr y gymeradwyaeth</translation>
        </message>
        <message>
            <source>Panel member signing</source>
            <translation>Aelod o'r panel yn llofnodi</translation>
        </message>
        <message>
            <source>Sign-off statement</source>
            <translation>Datganiad cymeradwyo</translation>
        </message>
        <message>
            <source>The statement the member signs, in their own words.</source>
            <translation>Y datganiad y mae'r aelod yn ei lofnodi, yn ei eiriau ei hun.</translation>
        </message>
        <message>
            <source>&amp;Sign off as this member</source>
            <translation>&amp;Cymeradwyo fel yr aelod hwn</translation>
        </message>
        <message>
            <source>Sign off as the chosen member</source>
            <translation>Cymeradwyo fel yr aelod a ddewiswyd</translation>
        </message>
        <message>
            <source>Chair finalising</source>
            <translation>Y cadeirydd yn cwblhau</translation>
        </message>
        <message>
            <source>&amp;Finalise sign-off…</source>
            <translation>C&amp;wblhau'r gymeradwyaeth…</translation>
        </message>
        <message>
            <source>Finalise the sign-off as chair</source>
            <translation>Cwblhau'r gymeradwyaeth fel cadeirydd</translation>
        </message>
        <message>
            <source>Officer reopening</source>
            <translation>Swyddog yn ailagor</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>Rheswm dros ailagor</translation>
        </message>
        <message>
            <source>Why the signed-off evaluation must change; kept in the audit log.</source>
            <translation>Pam y mae'n rhaid i'r gwerthusiad a gymeradwywyd newid; fe'i cedwir yn y log archwilio.</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>&amp;Ailagor…</translation>
        </message>
        <message>
            <source>Reopen the signed-off tender</source>
            <translation>Ailagor y tendr a gymeradwywyd</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Canlyniad y weithred ddiwethaf</translation>
        </message>
        <message>
            <source>Finalise and reopen history</source>
            <translation>Hanes cwblhau ac ailagor</translation>
        </message>
        <message>
            <source>Each panel member confirms</source>
            <translation>Mae pob aelod o'r panel yn cadarnhau</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Aelod:</translation>
        </message>
        <message>
            <source>S&amp;tatement:</source>
            <translation>&amp;Datganiad:</translation>
        </message>
        <message>
            <source>The chair finalises</source>
            <translation>Mae'r cadeirydd yn cwblhau</translation>
        </message>
        <message>
            <source>Finalising marks the tender signed off and takes a backup of the workspace. After that nothing can change unless an officer reopens it with a reason, which is recorded.</source>
            <translation>Mae cwblhau yn nodi bod y tendr wedi'i gymeradwyo ac yn gwneud copi wrth gefn o'r gofod gwaith. Ar ôl hynny ni all dim newid oni bai bod swyddog yn ei ailagor gyda rheswm, a gofnodir.</translation>
        </message>
        <message>
            <source>C&amp;hair:</source>
            <translation>&amp;Cadeirydd:</translation>
        </message>
        <message>
            <source>Reopen (officer)</source>
            <translation>Ailagor (swyddog)</translation>
        </message>
        <message>
            <source>&amp;Officer:</source>
            <translation>&amp;Swyddog:</translation>
        </message>
        <message>
            <source>Re&amp;ason:</source>
            <translation>&amp;Rheswm:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Signatures&lt;/b&gt; (every round, newest first)</source>
            <translation>&lt;b&gt;Llofnodion&lt;/b&gt; (pob rownd, y mwyaf diweddar yn gyntaf)</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Llofnodion</translation>
        </message>
        <message>
            <source>I confirm that I scored each bid independently before moderation, that I declared every interest I have, and that the consensus scores and reasons recorded here are the panel's.</source>
            <translation>Rwy'n cadarnhau fy mod wedi sgorio pob cynnig yn annibynnol cyn y cymedroli, fy mod wedi datgan pob buddiant sydd gennyf, a bod y sgoriau consensws a'r rhesymau a gofnodwyd yma yn eiddo i'r panel.</translation>
        </message>
        <message>
            <source>No officer is on the panel: recorded as %1</source>
            <translation>Nid oes swyddog ar y panel: cofnodwyd fel %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Signed off&lt;/b&gt; — %1, round %2. Nothing can change unless an officer reopens the tender with a reason.</source>
            <translation>&lt;b&gt;Wedi'i gymeradwyo&lt;/b&gt; — %1, rownd %2. Ni all dim newid oni bai bod swyddog yn ailagor y tendr gyda rheswm.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not signed off&lt;/b&gt; — %1 is in moderation, round %2 of sign-off. Each panel member signs once everything below is done; then the chair finalises.</source>
            <translation>&lt;b&gt;Heb ei gymeradwyo&lt;/b&gt; — mae %1 yn y cam cymedroli, rownd %2 o'r gymeradwyaeth. Mae pob aelod o'r panel yn llofnodi pan fydd popeth isod wedi'i wneud; yna mae'r cadeirydd yn cwblhau.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not signed off&lt;/b&gt; — %1 is in %2. Sign-off comes after moderation.</source>
            <translation>&lt;b&gt;Heb ei gymeradwyo&lt;/b&gt; — mae %1 yn y cam %2. Daw'r gymeradwyaeth ar ôl y cymedroli.</translation>
        </message>
        <message>
            <source>The workspace is open read-only: nothing can be signed here.</source>
            <translation>Mae'r gofod gwaith ar agor i'w ddarllen yn unig: ni ellir llofnodi dim yma.</translation>
        </message>
        <message>
            <source>Finalised</source>
            <translation>Wedi'i gwblhau</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Wedi'i ailagor</translation>
        </message>
        <message>
            <source>Choose the panel member who is signing.</source>
            <translation>Dewiswch yr aelod o'r panel sy'n llofnodi.</translation>
        </message>
        <message>
            <source>Only %1 signs as %1: sign in as %1, then press Sign again.</source>
            <translation>Dim ond %1 sy'n llofnodi fel %1: mewngofnodwch fel %1, yna pwyswch Cymeradwyo eto.</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Cymeradwyo</translation>
        </message>
        <message>
            <source>%1 has signed off.</source>
            <translation>Mae %1 wedi cymeradwyo.</translation>
        </message>
        <message>
            <source>Finalise the sign-off</source>
            <translation>Cwblhau'r gymeradwyaeth</translation>
        </message>
        <message>
            <source>Finalise the sign-off of %1? It becomes signed off and a backup is taken; after that nothing can change unless an officer reopens it.</source>
            <translation>Cwblhau cymeradwyaeth %1? Bydd wedi'i gymeradwyo a gwneir copi wrth gefn; ar ôl hynny ni all dim newid oni bai bod swyddog yn ei ailagor.</translation>
        </message>
        <message>
            <source>Signed off. A backup of the workspace was taken.</source>
            <translation>Wedi'i gymeradwyo. Gwnaed copi wrth gefn o'r gofod gwaith.</translation>
        </message>
        <message>
            <source>Reopen the tender</source>
            <translation>Ailagor y tendr</translation>
        </message>
        <message>
            <source>Reopen %1? It goes back to moderation, and every panel member signs again in a new round.</source>
            <translation>Ailagor %1? Bydd yn mynd yn ôl i'r cymedroli, a bydd pob aelod o'r panel yn llofnodi eto mewn rownd newydd.</translation>
        </message>
        <message>
            <source>Reopened: the tender is back in moderation, and the reason is in the audit log.</source>
            <translation>Wedi'i ailagor: mae'r tendr yn ôl yn y cam cymedroli, ac mae'r rheswm yn y log archwilio.</translation>
        </message>
        <message>
            <source>An officer checks the assessment summaries: sign in as one to see what each bidder's summary lacks.</source>
            <translation>Mae swyddog yn gwirio'r crynodebau asesu: mewngofnodwch fel swyddog i weld beth sydd ar goll o grynodeb pob cynigydd.</translation>
        </message>
    </context>
    <context>
        <name>SignOffPages</name>
        <message>
            <source>Set-up</source>
            <translation>Gosod</translation>
        </message>
        <message>
            <source>Bids</source>
            <translation>Cynigion</translation>
        </message>
        <message>
            <source>Panel</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Sgorio</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Cymedroli</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Cymeradwyo</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Canlyniadau</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Adroddiadau</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Dyfarnu</translation>
        </message>
    </context>
    <context>
        <name>SignatureTableModel</name>
        <message>
            <source>Round</source>
            <translation>Rownd</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Aelod</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Datganiad</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>Llofnodwyd am</translation>
        </message>
        <message>
            <source>Recorded as %1 (UTC)</source>
            <translation>Cofnodwyd fel %1 (UTC)</translation>
        </message>
    </context>
    <context>
        <name>SignerDialog</name>
        <message>
            <source>Who signs the report</source>
            <translation>Pwy sy'n llofnodi'r adroddiad</translation>
        </message>
        <message>
            <source>Reports you sign name you. CoopEval makes a signing key and certificate for you, kept in your own user folder on this computer (never in the workspace). Give your name as reports should show it; role and council are optional.</source>
            <translation>Mae'r adroddiadau rydych yn eu llofnodi yn eich enwi. Mae CoopEval yn creu allwedd llofnodi a thystysgrif i chi, a gedwir yn eich ffolder defnyddiwr eich hun ar y cyfrifiadur hwn (byth yn y gofod gwaith). Rhowch eich enw fel y dylai'r adroddiadau ei ddangos; mae'r rôl a'r cyngor yn ddewisol.</translation>
        </message>
        <message>
            <source>Make a new signing certificate</source>
            <translation>Creu tystysgrif llofnodi newydd</translation>
        </message>
        <message>
            <source>Your certificate names %1. A new one replaces it; the old one is kept, so reports it signed still verify. Give whoever checks your reports the new certificate (Export my certificate).</source>
            <translation>Mae eich tystysgrif yn enwi %1. Mae un newydd yn cymryd ei lle; cedwir yr hen un, felly mae'r adroddiadau a lofnododd yn dal i gael eu gwirio. Rhowch y dystysgrif newydd i bwy bynnag sy'n gwirio eich adroddiadau (Allforio fy nhystysgrif).</translation>
        </message>
        <message>
            <source>e.g. Procurement officer</source>
            <translation>e.e. Swyddog caffael</translation>
        </message>
        <message>
            <source>e.g. Example Council</source>
            <translation>e.e. Cyngor Enghraifft</translation>
        </message>
        <message>
            <source>Problem with the signer's details</source>
            <translation>Problem gyda manylion y llofnodwr</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <source>&amp;Role (optional)</source>
            <translation>&amp;Rôl (dewisol)</translation>
        </message>
        <message>
            <source>&amp;Council (optional)</source>
            <translation>&amp;Cyngor (dewisol)</translation>
        </message>
        <message>
            <source>&amp;Make my certificate</source>
            <translation>&amp;Creu fy nhystysgrif</translation>
        </message>
        <message>
            <source>&amp;Make the new certificate</source>
            <translation>&amp;Creu'r dystysgrif newydd</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>SpendDecisions</name>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>SpendPreviewDialog</name>
        <message>
            <source>Import spend: preview</source>
            <translation>Mewnforio gwariant: rhagolwg</translation>
        </message>
        <message>
            <source>What importing would do</source>
            <translation>Beth fyddai mewnforio yn ei wneud</translation>
        </message>
        <message>
            <source>Problems, one a line</source>
            <translation>Problemau, un ar bob llinell</translation>
        </message>
        <message>
            <source>C&amp;opy problems</source>
            <translation>C&amp;opïo problemau</translation>
        </message>
        <message>
            <source>Copy problems</source>
            <translation>Copïo problemau</translation>
        </message>
        <message>
            <source>The first lines as read:</source>
            <translation>Y llinellau cyntaf fel y'u darllenwyd:</translation>
        </message>
        <message>
            <source>The first lines as read</source>
            <translation>Y llinellau cyntaf fel y'u darllenwyd</translation>
        </message>
        <message>
            <source>Choose &amp;columns…</source>
            <translation>Dewis &amp;colofnau…</translation>
        </message>
        <message>
            <source>Choose columns</source>
            <translation>Dewis colofnau</translation>
        </message>
        <message>
            <source>Import without the bad lines</source>
            <translation>Mewnforio heb y llinellau gwallus</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Mewnforio</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>The file cannot be imported:</source>
            <translation>Ni ellir mewnforio'r ffeil:</translation>
        </message>
        <message>
            <source>1 line has a problem.</source>
            <translation>Mae problem gydag 1 llinell.</translation>
        </message>
        <message>
            <source>{count} lines have problems.</source>
            <translation>Mae problemau gyda {count} llinell.</translation>
        </message>
        <message>
            <source>Import without the {count} bad lines</source>
            <translation>Mewnforio heb y {count} llinell wallus</translation>
        </message>
        <message>
            <source>{file} could not be read.</source>
            <translation>Nid oedd modd darllen {file}.</translation>
        </message>
        <message>
            <source>{file}: CoopEval did not recognise its columns. Choose them to see what it holds.</source>
            <translation>{file}: nid oedd CoopEval yn adnabod ei cholofnau. Dewiswch nhw i weld beth sydd ynddi.</translation>
        </message>
        <message>
            <source>{file}: {read} lines read; {new} new, {already} already in the workspace.</source>
            <translation>{file}: darllenwyd {read} llinell; {new} yn newydd, {already} eisoes yn y gofod gwaith.</translation>
        </message>
        <message>
            <source>New spend: {amount}, paid {first} to {last}.</source>
            <translation>Gwariant newydd: {amount}, a dalwyd rhwng {first} a {last}.</translation>
        </message>
        <message>
            <source>New spend: {amount}.</source>
            <translation>Gwariant newydd: {amount}.</translation>
        </message>
        <message>
            <source>Columns (mapping “{mapping}”): {columns}.</source>
            <translation>Colofnau (mapio “{mapping}”): {columns}.</translation>
        </message>
        <message>
            <source>Columns: {columns}.</source>
            <translation>Colofnau: {columns}.</translation>
        </message>
        <message>
            <source>Correct the file and import it again, or import the other lines without them.</source>
            <translation>Cywirwch y ffeil a'i mewnforio eto, neu mewnforiwch y llinellau eraill hebddynt.</translation>
        </message>
        <message>
            <source>Every line must be right first; or import without the bad lines.</source>
            <translation>Rhaid i bob llinell fod yn gywir yn gyntaf; neu mewnforiwch heb y llinellau gwallus.</translation>
        </message>
        <message>
            <source>Import without the 1 bad line</source>
            <translation>Mewnforio heb yr 1 llinell wallus</translation>
        </message>
        <message>
            <source>Nothing new: every line is already in the workspace.</source>
            <translation>Dim byd newydd: mae pob llinell eisoes yn y gofod gwaith.</translation>
        </message>
        <message>
            <source>The workspace is open read-only: nothing can be imported.</source>
            <translation>Mae'r gofod gwaith ar agor i'w ddarllen yn unig: ni ellir mewnforio dim.</translation>
        </message>
    </context>
    <context>
        <name>SpendShareChart</name>
        <message>
            <source>Spend share per year</source>
            <translation>Cyfran y gwariant bob blwyddyn</translation>
        </message>
        <message>
            <source>Co-operative or democratic</source>
            <translation>Cydweithredol neu ddemocrataidd</translation>
        </message>
        <message>
            <source>Not</source>
            <translation>Ddim</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Yn aros am adolygiad</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Heb eu paru</translation>
        </message>
        <message>
            <source>Spend per financial year:</source>
            <translation>Gwariant fesul blwyddyn ariannol:</translation>
        </message>
        <message>
            <source>{year}: {total} spent; {democratic} co-operative or democratic ({share}), {other} not, {awaiting} awaiting review, {unmatched} unmatched</source>
            <translation>{year}: gwariwyd {total}; {democratic} yn gydweithredol neu'n ddemocrataidd ({share}), {other} ddim, {awaiting} yn aros am adolygiad, {unmatched} heb eu paru</translation>
        </message>
        <message>
            <source>{share} co-op</source>
            <translation>{share} cydweithredol</translation>
        </message>
    </context>
    <context>
        <name>SpendTables</name>
        <message>
            <source>Co-operatives UK</source>
            <translation>Co-operatives UK (cydweithfeydd)</translation>
        </message>
        <message>
            <source>FCA Mutuals</source>
            <translation>Cymdeithasau cydfuddiannol yr FCA (cydweithfeydd)</translation>
        </message>
        <message>
            <source>Own list</source>
            <translation>Rhestr eich hun</translation>
        </message>
        <message>
            <source>Co-operative or democratic</source>
            <translation>Cydweithredol neu ddemocrataidd</translation>
        </message>
        <message>
            <source>Not democratic</source>
            <translation>Ddim yn ddemocrataidd</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Yn aros am adolygiad</translation>
        </message>
        <message>
            <source>Not matched</source>
            <translation>Heb ei baru</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Wedi'i gymhwyso</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Ymgeisydd</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Wedi'i wrthod</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Wedi'i ddisodli</translation>
        </message>
        <message>
            <source>Same register number</source>
            <translation>Yr un rhif cofrestr</translation>
        </message>
        <message>
            <source>Same name</source>
            <translation>Yr un enw</translation>
        </message>
        <message>
            <source>Similar name, accepted</source>
            <translation>Enw tebyg, wedi'i dderbyn</translation>
        </message>
        <message>
            <source>Picked by hand</source>
            <translation>Wedi'i ddewis â llaw</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>Wedi'i osod â llaw</translation>
        </message>
        <message>
            <source>Candidate — dissolved {date}</source>
            <translation>Ymgeisydd — diddymwyd {date}</translation>
        </message>
        <message>
            <source>Candidate — dissolved</source>
            <translation>Ymgeisydd — wedi'i ddiddymu</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Cyflenwr</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Gwariant</translation>
        </message>
        <message>
            <source>All the supplier's spend</source>
            <translation>Holl wariant y cyflenwr</translation>
        </message>
        <message>
            <source>The register entry proposed for this supplier</source>
            <translation>Y cofnod yn y gofrestr a gynigir ar gyfer y cyflenwr hwn</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Rhif</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Sgôr</translation>
        </message>
        <message>
            <source>How alike the names are, out of 100</source>
            <translation>Pa mor debyg yw'r enwau, allan o 100</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Cofrestr</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Company number</source>
            <translation>Rhif cwmni</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Llinellau</translation>
        </message>
        <message>
            <source>Payments to it in the spend files</source>
            <translation>Taliadau iddo yn y ffeiliau gwariant</translation>
        </message>
        <message>
            <source>Ownership model</source>
            <translation>Model perchnogaeth</translation>
        </message>
        <message>
            <source>How decided</source>
            <translation>Sut y penderfynwyd</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ffeil</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Mewnforiwyd</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Gan</translation>
        </message>
        <message>
            <source>Lines added</source>
            <translation>Llinellau a ychwanegwyd</translation>
        </message>
        <message>
            <source>Already held</source>
            <translation>Eisoes yn bodoli</translation>
        </message>
        <message>
            <source>Lines already in the workspace from an earlier file</source>
            <translation>Llinellau sydd eisoes yn y gofod gwaith o ffeil gynharach</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Wedi'u hepgor</translation>
        </message>
        <message>
            <source>Lines with problems, left out when the file was imported</source>
            <translation>Llinellau â phroblemau, a hepgorwyd pan fewnforiwyd y ffeil</translation>
        </message>
        <message>
            <source>Amount added</source>
            <translation>Swm a ychwanegwyd</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Talwyd</translation>
        </message>
        <message>
            <source>First and last payment dates</source>
            <translation>Dyddiadau'r taliad cyntaf a'r olaf</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Gweithredol</translation>
        </message>
        <message>
            <source>Entries not dissolved</source>
            <translation>Cofnodion heb eu diddymu</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Yn cael ei defnyddio</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ydy</translation>
        </message>
        <message>
            <source>No, replaced</source>
            <translation>Nac ydy, wedi'i disodli</translation>
        </message>
        <message>
            <source>Suppliers are matched against the latest import of each register</source>
            <translation>Caiff cyflenwyr eu paru â'r mewnforiad diweddaraf o bob cofrestr</translation>
        </message>
        <message>
            <source>Dissolved {date}</source>
            <translation>Diddymwyd {date}</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Wedi'i ddiddymu</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Trading name</source>
            <translation>Enw masnachu</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Cyflwr</translation>
        </message>
    </context>
    <context>
        <name>SpendWindow</name>
        <message>
            <source>Spend and registers</source>
            <translation>Gwariant a chofrestrau</translation>
        </message>
        <message>
            <source>Import &amp;spend…</source>
            <translation>Mewnforio gwa&amp;riant…</translation>
        </message>
        <message>
            <source>Read a spend file (CSV) and show what importing it would do</source>
            <translation>Darllen ffeil wariant (CSV) a dangos beth fyddai ei mewnforio yn ei wneud</translation>
        </message>
        <message>
            <source>Import &amp;register…</source>
            <translation>Mewnforio co&amp;frestr…</translation>
        </message>
        <message>
            <source>Import a register of co-operative and democratic businesses</source>
            <translation>Mewnforio cofrestr o fusnesau cydweithredol a democrataidd</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Adnewyddu</translation>
        </message>
        <message>
            <source>Spend and matching in short</source>
            <translation>Gwariant a pharu yn gryno</translation>
        </message>
        <message>
            <source>What was last done</source>
            <translation>Beth a wnaed ddiwethaf</translation>
        </message>
        <message>
            <source>Review, suppliers and imports</source>
            <translation>Adolygu, cyflenwyr a mewnforion</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Ciw adolygu</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Cyflenwyr</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Mewnforion</translation>
        </message>
        <message>
            <source>Review queue: suppliers and the register entries proposed for them</source>
            <translation>Ciw adolygu: cyflenwyr a'r cofnodion cofrestr a gynigir ar eu cyfer</translation>
        </message>
        <message>
            <source>The candidate in detail</source>
            <translation>Yr ymgeisydd yn fanwl</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Derbyn</translation>
        </message>
        <message>
            <source>This entry is the supplier (Alt+A)</source>
            <translation>Y cofnod hwn yw'r cyflenwr (Alt+D)</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>&amp;Gwrthod</translation>
        </message>
        <message>
            <source>This entry is not the supplier; it is never proposed again</source>
            <translation>Nid y cofnod hwn yw'r cyflenwr; ni chaiff ei gynnig byth eto</translation>
        </message>
        <message>
            <source>&amp;Pick another…</source>
            <translation>Dewis un &amp;arall…</translation>
        </message>
        <message>
            <source>Search the registers for the supplier's entry</source>
            <translation>Chwilio'r cofrestrau am gofnod y cyflenwr</translation>
        </message>
        <message>
            <source>Set by &amp;hand…</source>
            <translation>Gosod â &amp;llaw…</translation>
        </message>
        <message>
            <source>Say the supplier's ownership model yourself, with the evidence</source>
            <translation>Nodi model perchnogaeth y cyflenwr eich hun, gyda'r dystiolaeth</translation>
        </message>
        <message>
            <source>Search suppliers by name</source>
            <translation>Chwilio am gyflenwyr yn ôl enw</translation>
        </message>
        <message>
            <source>Search suppliers</source>
            <translation>Chwilio cyflenwyr</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Pob statws</translation>
        </message>
        <message>
            <source>Show suppliers whose status is</source>
            <translation>Dangos cyflenwyr sydd â'r statws</translation>
        </message>
        <message>
            <source>Sear&amp;ch:</source>
            <translation>&amp;Chwilio:</translation>
        </message>
        <message>
            <source>Suppliers: their spend and what is known of them</source>
            <translation>Cyflenwyr: eu gwariant a'r hyn sy'n hysbys amdanynt</translation>
        </message>
        <message>
            <source>Pick an &amp;entry…</source>
            <translation>Dewis c&amp;ofnod…</translation>
        </message>
        <message>
            <source>Search the registers for this supplier's entry</source>
            <translation>Chwilio'r cofrestrau am gofnod y cyflenwr hwn</translation>
        </message>
        <message>
            <source>Set by han&amp;d…</source>
            <translation>Gosod â lla&amp;w…</translation>
        </message>
        <message>
            <source>Say this supplier's ownership model yourself, with the evidence</source>
            <translation>Nodi model perchnogaeth y cyflenwr hwn eich hun, gyda'r dystiolaeth</translation>
        </message>
        <message>
            <source>Spend files imported</source>
            <translation>Ffeiliau gwariant a fewnforiwyd</translation>
        </message>
        <message>
            <source>Registers imported</source>
            <translation>Cofrestrau a fewnforiwyd</translation>
        </message>
        <message>
            <source>Spend and registers — {name} [read-only]</source>
            <translation>Gwariant a chofrestrau — {name} [darllen yn unig]</translation>
        </message>
        <message>
            <source>Spend and registers — {name}</source>
            <translation>Gwariant a chofrestrau — {name}</translation>
        </message>
        <message>
            <source>Review queue ({count})</source>
            <translation>Ciw adolygu ({count})</translation>
        </message>
        <message>
            <source>Showing the first {count} suppliers (largest spend first): search to find others.</source>
            <translation>Yn dangos y {count} cyflenwr cyntaf (y gwariant mwyaf yn gyntaf): chwiliwch i ddod o hyd i eraill.</translation>
        </message>
        <message>
            <source>{lines} spend lines, {amount}, from 1 file. Registers in use: {registers}.</source>
            <translation>{lines} llinell wariant, {amount}, o 1 ffeil. Cofrestrau a ddefnyddir: {registers}.</translation>
        </message>
        <message>
            <source>{lines} spend lines, {amount}, from {files} files. Registers in use: {registers}.</source>
            <translation>{lines} llinell wariant, {amount}, o {files} ffeil. Cofrestrau a ddefnyddir: {registers}.</translation>
        </message>
        <message>
            <source>{count} suppliers await review.</source>
            <translation>Mae {count} cyflenwr yn aros am adolygiad.</translation>
        </message>
        <message>
            <source>{name}: {amount} in {count} payments, company number {number}.</source>
            <translation>{name}: {amount} mewn {count} taliad, rhif cwmni {number}.</translation>
        </message>
        <message>
            <source>{name}: {amount} in {count} payments.</source>
            <translation>{name}: {amount} mewn {count} taliad.</translation>
        </message>
        <message>
            <source>{model} (democratic)</source>
            <translation>{model} (democrataidd)</translation>
        </message>
        <message>
            <source>{model} (not democratic)</source>
            <translation>{model} (ddim yn ddemocrataidd)</translation>
        </message>
        <message>
            <source>dissolved {date}</source>
            <translation>diddymwyd {date}</translation>
        </message>
        <message>
            <source>Candidate: {details}</source>
            <translation>Ymgeisydd: {details}</translation>
        </message>
        <message>
            <source>Accepted: {name} is {entry} on the register.</source>
            <translation>Derbyniwyd: {name} yw {entry} yn y gofrestr.</translation>
        </message>
        <message>
            <source>Rejected: {name} is not {entry}; that entry will not be proposed again.</source>
            <translation>Gwrthodwyd: nid {name} yw {entry}; ni chaiff y cofnod hwnnw ei gynnig eto.</translation>
        </message>
        <message>
            <source>Picked: {name} is {entry} on the register.</source>
            <translation>Dewiswyd: {name} yw {entry} yn y gofrestr.</translation>
        </message>
        <message>
            <source>Set by hand: {name} is {entry}.</source>
            <translation>Gosodwyd â llaw: {name} yw {entry}.</translation>
        </message>
        <message>
            <source>Spend files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>Ffeiliau gwariant (*.csv *.txt *.tsv);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Yn darllen {file}…</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Yn mewnforio {file}…</translation>
        </message>
        <message>
            <source>Nothing new: every line of {file} is already in the workspace.</source>
            <translation>Dim byd newydd: mae pob llinell o {file} eisoes yn y gofod gwaith.</translation>
        </message>
        <message>
            <source>Imported {count} new lines ({amount}) from {file}; {already} were already in the workspace.</source>
            <translation>Mewnforiwyd {count} llinell newydd ({amount}) o {file}; roedd {already} eisoes yn y gofod gwaith.</translation>
        </message>
        <message>
            <source>{count} lines with problems were left out.</source>
            <translation>Hepgorwyd {count} llinell â phroblemau.</translation>
        </message>
        <message>
            <source>{matched} suppliers matched to a register; {waiting} wait in the review queue.</source>
            <translation>Parwyd {matched} cyflenwr â chofrestr; mae {waiting} yn aros yn y ciw adolygu.</translation>
        </message>
        <message>
            <source>Imported {kind}: {count} entries ({live} live) from {file}.</source>
            <translation>Mewnforiwyd {kind}: {count} cofnod ({live} gweithredol) o {file}.</translation>
        </message>
        <message>
            <source>Cannot read the spend</source>
            <translation>Ni ellir darllen y gwariant</translation>
        </message>
        <message>
            <source>Cannot read the suppliers</source>
            <translation>Ni ellir darllen y cyflenwyr</translation>
        </message>
        <message>
            <source>Nothing imported yet. Import the council's spend files (Import spend…) and a register of co-operatives (Import register…); suppliers are then matched to the register.</source>
            <translation>Dim wedi'i fewnforio eto. Mewnforiwch ffeiliau gwariant y cyngor (Mewnforio gwariant…) a chofrestr o gydweithfeydd (Mewnforio cofrestr…); yna caiff cyflenwyr eu paru â'r gofrestr.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>dim un eto</translation>
        </message>
        <message>
            <source>1 supplier awaits review.</source>
            <translation>Mae 1 cyflenwr yn aros am adolygiad.</translation>
        </message>
        <message>
            <source>No supplier awaits review.</source>
            <translation>Does dim cyflenwr yn aros am adolygiad.</translation>
        </message>
        <message>
            <source>The entry is dissolved: accept only if the supplier traded with this organisation while it was registered</source>
            <translation>Mae'r cofnod wedi'i ddiddymu: derbyniwch ef dim ond os bu'r cyflenwr yn masnachu gyda'r sefydliad hwn tra oedd wedi'i gofrestru</translation>
        </message>
        <message>
            <source>The workspace is open read-only: nothing can be changed.</source>
            <translation>Mae'r gofod gwaith ar agor i'w ddarllen yn unig: ni ellir newid dim.</translation>
        </message>
        <message>
            <source>Cannot record the decision</source>
            <translation>Ni ellir cofnodi'r penderfyniad</translation>
        </message>
        <message>
            <source>Cannot search the registers</source>
            <translation>Ni ellir chwilio'r cofrestrau</translation>
        </message>
        <message>
            <source>Import spend</source>
            <translation>Mewnforio gwariant</translation>
        </message>
        <message>
            <source>Cannot read the spend file</source>
            <translation>Ni ellir darllen y ffeil wariant</translation>
        </message>
        <message>
            <source>Cannot save the mapping</source>
            <translation>Ni ellir cadw'r mapio</translation>
        </message>
        <message>
            <source>Cannot import the spend file</source>
            <translation>Ni ellir mewnforio'r ffeil wariant</translation>
        </message>
        <message>
            <source>Cannot import the register</source>
            <translation>Ni ellir mewnforio'r gofrestr</translation>
        </message>
    </context>
    <context>
        <name>SummaryChecksBox</name>
        <message>
            <source>Assessment summaries</source>
            <translation>Crynodebau asesu</translation>
        </message>
        <message>
            <source>Assessment summaries: regulation 31 check</source>
            <translation>Crynodebau asesu: gwiriad rheoliad 31</translation>
        </message>
        <message>
            <source>Assessment summaries check</source>
            <translation>Gwiriad y crynodebau asesu</translation>
        </message>
        <message>
            <source>✓ Done: every bidder's summary has what regulation 31 asks for.</source>
            <translation>✓ Wedi'i wneud: mae gan grynodeb pob cynigydd yr hyn y mae rheoliad 31 yn gofyn amdano.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 problem(s)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3 problem</translation>
        </message>
        <message>
            <source>✗ Problem: {count} thing(s) regulation 31 asks for are missing from the bidders' summaries. Writing them is refused until they are fixed, or written anyway (recorded in the audit log).</source>
            <translation>✗ Problem: mae {count} peth y mae rheoliad 31 yn gofyn amdanynt ar goll o grynodebau'r cynigwyr. Gwrthodir eu hysgrifennu nes eu cywiro, neu eu hysgrifennu beth bynnag (a gofnodir yn y log archwilio).</translation>
        </message>
        <message>
            <source>… and {count} more: `coopeval summaries` lists them all.</source>
            <translation>… a {count} arall: mae `coopeval summaries` yn eu rhestru i gyd.</translation>
        </message>
        <message>
            <source>Checking the assessment summaries…</source>
            <translation>Wrthi'n gwirio'r crynodebau asesu…</translation>
        </message>
        <message>
            <source>⚠ Warning</source>
            <translation>⚠ Rhybudd</translation>
        </message>
        <message>
            <source>✗ Problem</source>
            <translation>✗ Problem</translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>Rhybudd: </translation>
        </message>
        <message>
            <source>Problem: </source>
            <translation>Problem: </translation>
        </message>
        <message>
            <source>Go to the %1 page to fix: %2</source>
            <translation>Ewch i'r dudalen %1 i gywiro: %2</translation>
        </message>
        <message>
            <source>Go to %1: %2, %3</source>
            <translation>Ewch i %1: %2, %3</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Ewch i %1</translation>
        </message>
    </context>
    <context>
        <name>TenderDetailsForm</name>
        <message>
            <source>Documents in English</source>
            <translation>Dogfennau yn Saesneg</translation>
        </message>
        <message>
            <source>Documents in Welsh</source>
            <translation>Dogfennau yn Gymraeg</translation>
        </message>
        <message>
            <source>Cymraeg a Saesneg (Welsh first)</source>
            <translation>Cymraeg a Saesneg (Cymraeg yn gyntaf)</translation>
        </message>
        <message>
            <source>Each document in both languages: the Welsh part first, then the English part</source>
            <translation>Pob dogfen yn y ddwy iaith: y rhan Gymraeg yn gyntaf, yna'r rhan Saesneg</translation>
        </message>
        <message>
            <source>Tender details</source>
            <translation>Manylion y tendr</translation>
        </message>
        <message>
            <source>e.g. 250000</source>
            <translation>e.e. 250000</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>heb ei osod</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mis</translation>
        </message>
        <message>
            <source> % of the whole tender</source>
            <translation> % o'r tendr cyfan</translation>
        </message>
        <message>
            <source> % of the scale</source>
            <translation> % o'r raddfa</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> nod</translation>
        </message>
        <message>
            <source>The social value section's weight of the whole tender. PPN 002 expects at least 10%.</source>
            <translation>Pwysoliad adran gwerth cymdeithasol y tendr cyfan. Mae PPN 002 yn disgwyl o leiaf 10%.</translation>
        </message>
        <message>
            <source>In moderation, scores spread by at least this share of the scale are flagged for discussion.</source>
            <translation>Wrth gymedroli, caiff sgoriau sydd wedi'u gwasgaru gan o leiaf y gyfran hon o'r raddfa eu nodi i'w trafod.</translation>
        </message>
        <message>
            <source>In moderation, scores spread by more than this share of the scale are flagged as split.</source>
            <translation>Wrth gymedroli, caiff sgoriau sydd wedi'u gwasgaru gan fwy na'r gyfran hon o'r raddfa eu nodi'n rhanedig.</translation>
        </message>
        <message>
            <source>&amp;Disqualify a bid below any minimum</source>
            <translation>&amp;Diarddel cynnig sydd islaw unrhyw isafswm</translation>
        </message>
        <message>
            <source>e.g. 15/01/2027 12:00</source>
            <translation>e.e. 15/01/2027 12:00</translation>
        </message>
        <message>
            <source>The date and time (UK time) by which bidders must return the questionnaire, e.g. 15/01/2027 12:00 or 15 Jan 2027 2pm.</source>
            <translation>Y dyddiad a'r amser (amser y DU) erbyn pryd y mae'n rhaid i gynigwyr ddychwelyd yr holiadur, e.e. 15/01/2027 12:00 neu 15 Jan 2027 2pm.</translation>
        </message>
        <message>
            <source>Deadline for returns, as bidders will read it</source>
            <translation>Y dyddiad cau ar gyfer ymatebion, fel y bydd cynigwyr yn ei ddarllen</translation>
        </message>
        <message>
            <source>e.g. Through the council's e-tendering portal, by 12:00 on 8 January 2027; answers are shared with every bidder.</source>
            <translation>e.e. Drwy borth e-dendro'r cyngor, erbyn 12:00 ar 8 Ionawr 2027; caiff yr atebion eu rhannu â phob cynigydd.</translation>
        </message>
        <message>
            <source>Social value weight warning</source>
            <translation>Rhybudd am bwysoliad gwerth cymdeithasol</translation>
        </message>
        <message>
            <source>Tender details message</source>
            <translation>Neges am fanylion y tendr</translation>
        </message>
        <message>
            <source>The language of the questionnaire, the response template, the moderation report and the assessment summaries. It can be changed at any stage; each document can still be written in another language when it is made.</source>
            <translation>Iaith yr holiadur, y templed ymateb, yr adroddiad cymedroli a'r crynodebau asesu. Gellir ei newid ar unrhyw gam; gellir dal i ysgrifennu pob dogfen mewn iaith arall pan gaiff ei gwneud.</translation>
        </message>
        <message>
            <source>Tit&amp;le</source>
            <translation>Teit&amp;l</translation>
        </message>
        <message>
            <source>Authorit&amp;y</source>
            <translation>A&amp;wdurdod</translation>
        </message>
        <message>
            <source>&amp;Contract value (£)</source>
            <translation>Gwe&amp;rth y contract (£)</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>&amp;Hyd</translation>
        </message>
        <message>
            <source>Returns are due by {deadline} (UK time).</source>
            <translation>Rhaid cyflwyno ymatebion erbyn {deadline} (amser y DU).</translation>
        </message>
        <message>
            <source>Warning: {weight}% is below the 10% minimum that PPN 002 expects. Allowed, but record the reason in the evaluation report.</source>
            <translation>Rhybudd: mae {weight}% islaw'r isafswm o 10% y mae PPN 002 yn ei ddisgwyl. Caniateir hyn, ond cofnodwch y rheswm yn adroddiad y gwerthusiad.</translation>
        </message>
        <message>
            <source>Social value &amp;weight</source>
            <translation>&amp;Pwysoliad gwerth cymdeithasol</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Graddfa</translation>
        </message>
        <message>
            <source>Discuss scores spread by</source>
            <translation>Trafod sgoriau wedi'u gwasgaru gan</translation>
        </message>
        <message>
            <source>Split scores spread above</source>
            <translation>Sgoriau rhanedig wedi'u gwasgaru uwchlaw</translation>
        </message>
        <message>
            <source>Minimum rationale length</source>
            <translation>Hyd lleiaf y rhesymeg</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>D&amp;isgrifiad</translation>
        </message>
        <message>
            <source>Deadline for returns</source>
            <translation>Dyddiad cau ar gyfer ymatebion</translation>
        </message>
        <message>
            <source>How bidders ask clarification questions</source>
            <translation>Sut mae cynigwyr yn gofyn cwestiynau eglurhad</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Iaith y dogfennau</translation>
        </message>
        <message>
            <source>Disqualify a bid that misses any minimum threshold</source>
            <translation>Diarddel cynnig nad yw'n cyrraedd unrhyw drothwy lleiaf</translation>
        </message>
        <message>
            <source>Social value weight, as a percentage of the whole tender</source>
            <translation>Pwysoliad gwerth cymdeithasol, fel canran o'r tendr cyfan</translation>
        </message>
        <message>
            <source>Not set: the questionnaire cannot be published without it.</source>
            <translation>Heb ei osod: ni ellir cyhoeddi'r holiadur hebddo.</translation>
        </message>
    </context>
    <context>
        <name>TenderPage</name>
        <message>
            <source>Award</source>
            <translation>Dyfarnu</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wrthi'n llwytho…</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Tudalen</translation>
        </message>
        <message>
            <source>Bids</source>
            <translation>Cynigion</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Cyflawni</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Cymedroli</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Trosolwg</translation>
        </message>
        <message>
            <source>Panel</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Adroddiad</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Canlyniadau</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Sgorio</translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>Sefydlu</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Cymeradwyo</translation>
        </message>
    </context>
    <context>
        <name>TenderTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Blwyddyn</translation>
        </message>
        <message>
            <source>Award notice</source>
            <translation>Hysbysiad dyfarnu</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Gwerth</translation>
        </message>
        <message>
            <source>Winning bidder</source>
            <translation>Cynigydd buddugol</translation>
        </message>
        <message>
            <source>Ownership model</source>
            <translation>Model perchnogaeth</translation>
        </message>
        <message>
            <source>Co-op or democratic</source>
            <translation>Cydweithredol neu ddemocrataidd</translation>
        </message>
        <message>
            <source>A co-op bid</source>
            <translation>Cynnig gan gydweithfa</translation>
        </message>
        <message>
            <source>Bids</source>
            <translation>Cynigion</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Supply chain promised</source>
            <translation>Cadwyn gyflenwi a addawyd</translation>
        </message>
        <message>
            <source>Supply chain delivered</source>
            <translation>Cadwyn gyflenwi a gyflawnwyd</translation>
        </message>
        <message>
            <source>Workspaces</source>
            <translation>Gofodau gwaith</translation>
        </message>
        <message>
            <source>awarded</source>
            <translation>wedi'i ddyfarnu</translation>
        </message>
        <message>
            <source>in delivery</source>
            <translation>yn cael ei gyflawni</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>wedi cau</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>heb ei gofnodi</translation>
        </message>
        <message>
            <source>{name} (legal form: {form})</source>
            <translation>{name} (ffurf gyfreithiol: {form})</translation>
        </message>
    </context>
    <context>
        <name>WeightsPanel</name>
        <message>
            <source>Chosen measures and their weights</source>
            <translation>Y mesurau a ddewiswyd a'u pwysoliadau</translation>
        </message>
        <message>
            <source>Chosen measures: weight, minimum and word limit can be edited</source>
            <translation>Y mesurau a ddewiswyd: gellir golygu'r pwysoliad, yr isafswm a'r terfyn geiriau</translation>
        </message>
        <message>
            <source>Weight total</source>
            <translation>Cyfanswm y pwysoliadau</translation>
        </message>
        <message>
            <source>Share e&amp;qually</source>
            <translation>R&amp;hannu'n gyfartal</translation>
        </message>
        <message>
            <source>Give every measure the same weight, to two decimals, totalling exactly 100.</source>
            <translation>Rhoi'r un pwysoliad i bob mesur, i ddau le degol, gan wneud cyfanswm o 100 yn union.</translation>
        </message>
        <message>
            <source>Edit &amp;method…</source>
            <translation>Golygu'r d&amp;ull…</translation>
        </message>
        <message>
            <source>&amp;Remove measure</source>
            <translation>T&amp;ynnu'r mesur</translation>
        </message>
        <message>
            <source>Weights message</source>
            <translation>Neges am y pwysoliadau</translation>
        </message>
        <message>
            <source>Total {total}% — complete</source>
            <translation>Cyfanswm {total}% — yn gyflawn</translation>
        </message>
        <message>
            <source>Total {total}% — must be exactly 100</source>
            <translation>Cyfanswm {total}% — rhaid iddo fod yn 100 yn union</translation>
        </message>
    </context>
    <context>
        <name>WeightsTableModel</name>
        <message>
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesur</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Fframwaith</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Weight %</source>
            <translation>Pwysoliad %</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Isafswm</translation>
        </message>
        <message>
            <source>Word limit</source>
            <translation>Terfyn geiriau</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Dull</translation>
        </message>
        <message>
            <source>Share of the social value marks; all weights must total exactly 100.</source>
            <translation>Cyfran marciau'r gwerth cymdeithasol; rhaid i gyfanswm y pwysoliadau i gyd fod yn 100 yn union.</translation>
        </message>
        <message>
            <source>Optional threshold: a scale point (qualitative) or a quantity (quantitative).</source>
            <translation>Trothwy dewisol: pwynt ar y raddfa (ansoddol) neu nifer (meintiol).</translation>
        </message>
        <message>
            <source>Optional: the most words a bidder's response may have (stated in the questionnaire). Leave empty for no limit.</source>
            <translation>Dewisol: y nifer fwyaf o eiriau a gaiff fod yn ymateb cynigydd (a nodir yn yr holiadur). Gadewch yn wag os nad oes terfyn.</translation>
        </message>
        <message>
            <source>How a quantity is marked. Press Enter or choose Edit method to change it.</source>
            <translation>Sut mae nifer yn cael ei marcio. Pwyswch Enter neu dewiswch Golygu'r dull i'w newid.</translation>
        </message>
        <message>
            <source>Qualitative</source>
            <translation>Ansoddol</translation>
        </message>
        <message>
            <source>Quantitative</source>
            <translation>Meintiol</translation>
        </message>
        <message>
            <source>On the tender's scale</source>
            <translation>Ar raddfa'r tendr</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>is sy'n well</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>uwch sy'n well</translation>
        </message>
        <message>
            <source>Relative to the best bid, {direction}</source>
            <translation>O'i gymharu â'r cynnig gorau, {direction}</translation>
        </message>
        <message>
            <source>Target {target}{unit}, {direction}</source>
            <translation>Targed {target}{unit}, {direction}</translation>
        </message>
        <message>
            <source>Bands ({direction}{unit}): {bands}</source>
            <translation>Bandiau ({direction}{unit}): {bands}</translation>
        </message>
        <message>
            <source>Recorded only, not marked</source>
            <translation>Wedi'i gofnodi'n unig, heb ei farcio</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>&lt;h2&gt;CoopEval&lt;/h2&gt;&lt;p&gt;Everything an evaluation panel records for its tenders is kept in one workspace file. Create one, open one, or explore the demo.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;CoopEval&lt;/h2&gt;&lt;p&gt;Cedwir popeth y mae panel gwerthuso yn ei gofnodi ar gyfer ei dendrau mewn un ffeil gofod gwaith. Crëwch un, agorwch un, neu archwiliwch yr enghraifft.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Create a &amp;new workspace…</source>
            <translation>Creu gofod gwaith &amp;newydd…</translation>
        </message>
        <message>
            <source>&amp;Open a workspace…</source>
            <translation>&amp;Agor gofod gwaith…</translation>
        </message>
        <message>
            <source>Open a workspace &amp;read-only…</source>
            <translation>Agor gofod gwaith i'w &amp;ddarllen yn unig…</translation>
        </message>
        <message>
            <source>Look at a workspace without being able to change it, such as an archived, signed-off record</source>
            <translation>Edrych ar ofod gwaith heb allu ei newid, er enghraifft cofnod wedi'i archifo a'i gymeradwyo</translation>
        </message>
        <message>
            <source>Explore the &amp;demo workspace</source>
            <translation>Archwilio'r gofod gwaith &amp;enghreifftiol</translation>
        </message>
        <message>
            <source>Browse the &amp;frameworks</source>
            <translation>Pori'r &amp;fframweithiau</translation>
        </message>
        <message>
            <source>Recent workspaces</source>
            <translation>Gofodau gwaith diweddar</translation>
        </message>
        <message>
            <source>Recent workspaces:</source>
            <translation>Gofodau gwaith diweddar:</translation>
        </message>
    </context>
    <context>
        <name>WholeResult</name>
        <message>
            <source>out</source>
            <translation>allan</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>heb ei sgorio</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Safle</translation>
        </message>
        <message>
            <source>Bid</source>
            <translation>Cynnig</translation>
        </message>
        <message>
            <source>Social value</source>
            <translation>Gwerth cymdeithasol</translation>
        </message>
        <message>
            <source>Total /100</source>
            <translation>Cyfanswm /100</translation>
        </message>
        <message>
            <source>&lt;b&gt;Whole result: complete.&lt;/b&gt; The most advantageous tender is {name}.</source>
            <translation>&lt;b&gt;Y canlyniad cyfan: cyflawn.&lt;/b&gt; Y tendr mwyaf manteisiol yw {name}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Whole result: complete, but tied.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Y canlyniad cyfan: cyflawn, ond yn gyfartal.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Whole result: not complete.&lt;/b&gt; Until it is, the summaries and the report state the social value part of the assessment only.</source>
            <translation>&lt;b&gt;Y canlyniad cyfan: heb ei gwblhau.&lt;/b&gt; Hyd nes y bydd, mae'r crynodebau a'r adroddiad yn nodi rhan gwerth cymdeithasol yr asesiad yn unig.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawBidDialog</name>
        <message>
            <source>Withdraw bid</source>
            <translation>Tynnu cynnig yn ôl</translation>
        </message>
        <message>
            <source>Withdraw the bid from {bidder}? It stays on record, marked withdrawn, and is no longer scored.</source>
            <translation>Tynnu'r cynnig gan {bidder} yn ôl? Bydd yn aros ar gofnod, wedi'i farcio fel un a dynnwyd yn ôl, ac ni chaiff sgôr mwyach.</translation>
        </message>
        <message>
            <source>&amp;Reason for withdrawal</source>
            <translation>&amp;Rheswm dros dynnu'n ôl</translation>
        </message>
        <message>
            <source>Reason for withdrawal</source>
            <translation>Rheswm dros dynnu'n ôl</translation>
        </message>
        <message>
            <source>e.g. The bidder withdrew by email on 3 March 2026.</source>
            <translation>e.e. Tynnodd y cynigydd yn ôl drwy e-bost ar 3 Mawrth 2026.</translation>
        </message>
        <message>
            <source>Problem with the withdrawal</source>
            <translation>Problem gyda'r tynnu'n ôl</translation>
        </message>
        <message>
            <source>&amp;Withdraw bid</source>
            <translation>&amp;Tynnu'r cynnig yn ôl</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceController</name>
        <message>
            <source>Opening %1…</source>
            <translation>Wrthi'n agor %1…</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>Nid oes gofod gwaith ar agor.</translation>
        </message>
        <message>
            <source>CoopEval is still busy with “{task}”; try again when it has finished.</source>
            <translation>Mae CoopEval yn dal yn brysur gyda “{task}”; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
</TS>
