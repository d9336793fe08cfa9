// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HTML import never touches the network and never runs a script (issue 13): a page that points at a server on
// 127.0.0.1 in every way a page can is imported as a user imports a file, and no connection arrives.
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "tests/support/TestFiles.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

// Every way a page can ask a browser for something: each URL names its element, so a request that does arrive
// says which one fetched it. Scripts would write, fetch or navigate, and their text carries a marker.
QByteArray hostilePage(quint16 port)
{
    QByteArray page = R"page(<!DOCTYPE html>
<html><head>
<base href="http://127.0.0.1:PORT/base/">
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:PORT/meta-refresh">
<meta property="og:image" content="http://127.0.0.1:PORT/og-image.png">
<title>Shelling reported near the bridge</title>
<link rel="stylesheet" href="http://127.0.0.1:PORT/link-stylesheet.css">
<link rel="stylesheet" href="relative-stylesheet.css">
<link rel="icon" href="http://127.0.0.1:PORT/link-icon.ico">
<link rel="preload" as="image" href="http://127.0.0.1:PORT/link-preload.png">
<link rel="prefetch" href="http://127.0.0.1:PORT/link-prefetch">
<link rel="dns-prefetch" href="//127.0.0.1:PORT/">
<link rel="preconnect" href="http://127.0.0.1:PORT/link-preconnect">
<link rel="manifest" href="http://127.0.0.1:PORT/link-manifest.json">
<link rel="import" href="http://127.0.0.1:PORT/link-import.html">
<link rel="modulepreload" href="http://127.0.0.1:PORT/link-modulepreload.js">
<style>
@import url("http://127.0.0.1:PORT/css-import.css");
@import "http://127.0.0.1:PORT/css-import-string.css";
@font-face { font-family: X; src: url(http://127.0.0.1:PORT/css-font-face.woff2); }
body { background: url('http://127.0.0.1:PORT/css-background.png'); }
p::before { content: url(http://127.0.0.1:PORT/css-content.png); }
</style>
<script src="http://127.0.0.1:PORT/script-src.js"></script>
<script type="module" src="http://127.0.0.1:PORT/script-module.js"></script>
<script>
document.write('SCRIPT-WROTE-THIS');
fetch('http://127.0.0.1:PORT/script-fetch');
var request = new XMLHttpRequest(); request.open('GET', 'http://127.0.0.1:PORT/script-xhr'); request.send();
new Image().src = 'http://127.0.0.1:PORT/script-image';
navigator.sendBeacon('http://127.0.0.1:PORT/script-beacon');
window.location = 'http://127.0.0.1:PORT/script-location';
var marker = 'SCRIPT-TEXT-MARKER';
</script>
<script type="application/ld+json">
{"@context": "http://127.0.0.1:PORT/json-ld-context", "@type": "NewsArticle",
 "headline": "Shelling reported near the bridge", "image": "http://127.0.0.1:PORT/json-ld-image.png"}
</script>
</head>
<body onload="fetch('http://127.0.0.1:PORT/body-onload')" background="http://127.0.0.1:PORT/body-background.png">
<article>
<h1>Shelling reported near the bridge</h1>
<p>Residents said the shelling began shortly after midnight and lasted for about two hours, according to local
officials who spoke to reporters on Tuesday morning.</p>
<img src="http://127.0.0.1:PORT/img-src.png" alt="" onerror="fetch('http://127.0.0.1:PORT/img-onerror')">
<img srcset="http://127.0.0.1:PORT/img-srcset-1x.png 1x, http://127.0.0.1:PORT/img-srcset-2x.png 2x" alt="">
<img src="relative-image.png" loading="lazy" alt="">
<picture><source srcset="http://127.0.0.1:PORT/picture-source.webp" type="image/webp">
<img src="http://127.0.0.1:PORT/picture-img.png" alt=""></picture>
<p>The regional governor said two buildings were damaged and that emergency crews had reached the area by dawn,
while the bridge itself remained open to traffic.</p>
<iframe src="http://127.0.0.1:PORT/iframe-src"></iframe>
<iframe srcdoc="&lt;img src='http://127.0.0.1:PORT/iframe-srcdoc.png'&gt;"></iframe>
<frameset><frame src="http://127.0.0.1:PORT/frame-src"></frameset>
<object data="http://127.0.0.1:PORT/object-data.swf" type="application/x-shockwave-flash">
<param name="movie" value="http://127.0.0.1:PORT/object-param.swf"></object>
<embed src="http://127.0.0.1:PORT/embed-src.swf">
<video src="http://127.0.0.1:PORT/video-src.mp4" poster="http://127.0.0.1:PORT/video-poster.png" autoplay>
<source src="http://127.0.0.1:PORT/video-source.webm"><track src="http://127.0.0.1:PORT/video-track.vtt"></video>
<audio src="http://127.0.0.1:PORT/audio-src.mp3" autoplay><source src="http://127.0.0.1:PORT/audio-source.ogg">
</audio>
<svg><image href="http://127.0.0.1:PORT/svg-image.png"/><use href="http://127.0.0.1:PORT/svg-use.svg#x"/></svg>
<input type="image" src="http://127.0.0.1:PORT/input-image.png">
<div style="background-image: url(http://127.0.0.1:PORT/style-attribute.png)">Local officials have not yet
given a figure for casualties.</div>
<a href="http://127.0.0.1:PORT/a-href" ping="http://127.0.0.1:PORT/a-ping">More on the bridge</a>
<form action="http://127.0.0.1:PORT/form-action"><input name="q"></form>
<noscript><img src="http://127.0.0.1:PORT/noscript-img.png"></noscript>
<template><img src="http://127.0.0.1:PORT/template-img.png"></template>
<script>document.body.innerHTML += 'SCRIPT-ADDED-THIS';</script>
</article>
</body></html>
)page";
    page.replace("PORT", QByteArray::number(port));
    return page;
}

// The request line of a connection that did arrive, to name the element that fetched.
QString requestOf(QTcpSocket* socket)
{
    socket->waitForReadyRead(1000);
    return QString::fromLatin1(socket->readLine()).trimmed();
}

} // namespace

TEST(HtmlNoNetwork, ImportingAPageThatReferencesALocalServerEveryWayMakesNoRequestAndRunsNoScript)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("hostile.html"));
    test::writeFile(page, hostilePage(server.serverPort()));
    auto opened =
        Case::create(dir.filePath(QStringLiteral("net.corrob")), QStringLiteral("Net"), {QStringLiteral("tester")});
    ASSERT_TRUE(opened.ok());
    Case& target = *opened.value();

    const ImportOutcome outcome = ImportService(target).importPaths({page}, {});

    ASSERT_EQ(outcome.imported.size(), 1u)
        << (outcome.failed.empty() ? std::string("skipped") : outcome.failed.front().error.toStdString());
    // A request arrives in the listen queue as soon as its connection is made; give anything started on another
    // thread a moment before looking.
    server.waitForNewConnection(500);
    QStringList requests;
    while (QTcpSocket* socket = server.nextPendingConnection()) {
        requests << requestOf(socket);
    }
    EXPECT_TRUE(requests.isEmpty()) << requests.join(u"; ").toStdString();

    const auto text = target.reportText(outcome.imported.front().report.id, Case::TextView::All);
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(text->contains(u"the shelling began shortly after midnight"));
    EXPECT_TRUE(text->contains(u"emergency crews had reached the area"));
    for (const QString& scriptText :
         {QStringLiteral("SCRIPT-TEXT-MARKER"), QStringLiteral("SCRIPT-WROTE-THIS"),
          QStringLiteral("SCRIPT-ADDED-THIS"), QStringLiteral("XMLHttpRequest"), QStringLiteral("document.write"),
          QStringLiteral("fetch("), QStringLiteral("NewsArticle")}) {
        EXPECT_FALSE(text->contains(scriptText)) << scriptText.toStdString();
    }
    EXPECT_FALSE(text->contains(u"127.0.0.1")) << "a URL of the markup leaked into the text";

    // The server would have seen a request: a connection made now is there to take.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server.serverPort());
    ASSERT_TRUE(probe.waitForConnected(5000));
    EXPECT_TRUE(server.waitForNewConnection(5000));
    EXPECT_NE(server.nextPendingConnection(), nullptr);
}
