// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/LanguageDetector.h"

#include <gtest/gtest.h>

using corrob::text::detectLanguage;

TEST(LanguageDetector, RecognisesTheSixLanguagesOfTheCaseMaterial)
{
    EXPECT_EQ(detectLanguage(QStringLiteral(
                  "Amnesty International said on Friday it had evidence of alleged war crimes committed earlier "
                  "this year by Russian forces in the Kyiv region during the invasion of Ukraine.")),
              QStringLiteral("en"));
    EXPECT_EQ(detectLanguage(QStringLiteral(
                  u"Amnistía Internacional afirmó el viernes que tiene pruebas de presuntos crímenes de guerra "
                  u"cometidos por las fuerzas rusas en la región de Kiev durante la invasión de Ucrania.")),
              QStringLiteral("es"));
    EXPECT_EQ(detectLanguage(QStringLiteral(
                  u"Amnesty International a déclaré vendredi qu'elle disposait de preuves de crimes de guerre "
                  u"commis par les forces russes dans la région de Kiev pendant l'invasion de l'Ukraine.")),
              QStringLiteral("fr"));
    EXPECT_EQ(detectLanguage(QStringLiteral(
                  u"Amnesty International hat am Freitag erklärt, dass sie Beweise für mutmaßliche Kriegsverbrechen "
                  u"der russischen Streitkräfte in der Region um Kiew während der Invasion in die Ukraine habe.")),
              QStringLiteral("de"));
    EXPECT_EQ(detectLanguage(QStringLiteral(
                  u"Международная амнистия заявила в пятницу, что у неё есть доказательства военных преступлений, "
                  u"которые были совершены российскими войсками в Киевской области, и что это не единичные случаи.")),
              QStringLiteral("ru"));
    EXPECT_EQ(detectLanguage(QStringLiteral(
                  u"Міжнародна амністія заявила в п'ятницю, що має докази воєнних злочинів, які були скоєні "
                  u"російськими військами в Київській області, і що це не поодинокі випадки.")),
              QStringLiteral("uk"));
}

TEST(LanguageDetector, SaysNothingForTooLittleText)
{
    EXPECT_EQ(detectLanguage(QString()), QString());
    EXPECT_EQ(detectLanguage(QStringLiteral("Kharkiv 2022")), QString());
    EXPECT_EQ(detectLanguage(QStringLiteral("1 2 3 4 5 6 7 8 9 10 11 12")), QString());
}
