using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Imports.Anki;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>What each format's fixture reads as, without a database: the mapping a content team relies on.</summary>
public sealed class BankFormatParsingTests
{
    [Test]
    public async Task AikenQuestionsAreMultipleChoiceKeyedByTheirLetters()
    {
        var parsed = await ParseAsync("quiz__formats__aiken__basics.aiken");

        var twoLines = parsed.Questions[1].Content;
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Questions, Has.Count.EqualTo(3));
            Assert.That(twoLines.Text, Is.EqualTo("Which planet is known as the red planet,\nseen here over two lines?"));
            Assert.That(twoLines.Options.Select(o => (o.Key, o.Text)), Is.EqualTo(new[] { ("A", "Venus"), ("B", "Mars"), ("C", "Jupiter") }));
            Assert.That(twoLines.CorrectKeys, Is.EqualTo(new[] { "B" }));
            Assert.That(parsed.Questions.Select(q => q.ExternalId), Has.All.StartWith("aiken-"), "ids come from the facet and the text");
            Assert.That(parsed.Questions.Select(q => q.ExternalId), Is.Unique);
        });
    }

    [Test]
    public async Task GiftEscapesFeedbackWeightsAndTypesAreMapped()
    {
        var parsed = await ParseAsync("quiz__formats__gift__basics.gift");
        var q = parsed.Questions.ToDictionary(x => x.ExternalId, x => x.Content);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Problems, Is.Empty, string.Join("\n", parsed.Problems));
            Assert.That(parsed.Questions, Has.Count.EqualTo(9));
            Assert.That(q["gift-capital"].Options[0], Is.EqualTo(new QuestionOption("A", "Paris", "Right: Paris has been the capital since 987.")));
            Assert.That(q["gift-capital"].Explanation, Is.EqualTo("France's capital is Paris."));
            Assert.That(q["gift-escapes"].Text, Is.EqualTo("Which of these is written with GIFT escapes: ~ = # { }?"));
            Assert.That(q["gift-escapes"].Options[0], Is.EqualTo(new QuestionOption("A", "a~b = c", "feedback with # and a {brace}")));
            Assert.That(q["gift-multiline"].Text, Is.EqualTo("This question\nruns over\nthree lines."));
            Assert.That(q["gift-true"].CorrectKeys, Is.EqualTo(new[] { "A" }));
            Assert.That(q["gift-true"].Options.Select(o => o.Explanation), Is.EqualTo(new[] { "Yes: a G-type main-sequence star.", "No, it really is a star." }));
            Assert.That(q["gift-false"].CorrectKeys, Is.EqualTo(new[] { "B" }));
            Assert.That(q["gift-weights"].CorrectKeys, Is.EqualTo(new[] { "A", "B" }));
            Assert.That(q["gift-weights"].Options[2].Explanation, Is.EqualTo("4 = 2 × 2."));
            Assert.That(q["gift-short"].Type, Is.EqualTo(QuestionType.Theory));
            Assert.That(q["gift-short"].RubricKeywords, Is.EqualTo(new[] { "Shakespeare", "William Shakespeare" }));
            Assert.That(q["gift-essay"].ModelAnswer, Is.EqualTo("Rayleigh scattering: shorter wavelengths scatter more."));
            var untitled = parsed.Questions.Single(x => x.ExternalId.StartsWith("gift-", StringComparison.Ordinal) && x.Facet is not null);
            Assert.That(untitled.Facet!.ToString(), Is.EqualTo("quiz__formats__gift__other-set"));
            Assert.That(untitled.Content.Text, Is.EqualTo("Untitled question in another category, with an escaped backslash \\ here."));
            Assert.That(untitled.Content.Difficulty, Is.EqualTo(5), "the @adaptive comment carries what GIFT cannot say");
            Assert.That(untitled.Content.Tags, Is.EqualTo(new[] { "category", "extra" }));
        });
    }

    [Test]
    public async Task CsvQuotingMultiLineCellsAndListsAreRead()
    {
        var parsed = await ParseAsync("quiz__formats__csv__basics.csv");
        var q = parsed.Questions.ToDictionary(x => x.ExternalId, x => x.Content);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Problems, Is.Empty, string.Join("\n", parsed.Problems));
            Assert.That(q["csv-commas"].Text, Is.EqualTo("Which, of these, has commas?"));
            Assert.That(q["csv-commas"].Options[0], Is.EqualTo(new QuestionOption("A", "one, two", "Quoted, with \"quotes\"")));
            Assert.That(q["csv-commas"].Tags, Is.EqualTo(new[] { "csv", "quoting" }));
            Assert.That(q["csv-multiline"].Text, Is.EqualTo("A question\nover two lines?"));
            Assert.That(q["csv-multiline"].Options, Has.Count.EqualTo(2), "an empty cell is no option");
            Assert.That(q["csv-multi"].CorrectKeys, Is.EqualTo(new[] { "A", "C" }));
            Assert.That(q["csv-theory"].ModelAnswer, Is.EqualTo("Comma-separated values: one record per line."));
        });
    }

    [Test]
    public async Task AnkiStyleTsvFrontAndBackBecomeTheoryQuestions()
    {
        var parsed = await ParseAsync("quiz__formats__tsv__anki.tsv");

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Problems, Is.Empty, string.Join("\n", parsed.Problems));
            Assert.That(parsed.Questions.Select(q => q.Content.Type), Is.All.EqualTo(QuestionType.Theory));
            Assert.That(parsed.Questions[1].Content.Text, Is.EqualTo("Quoted\nfront"));
            Assert.That(parsed.Questions[1].Content.ModelAnswer, Is.EqualTo("A back with a \"quote\""));
            Assert.That(parsed.Questions[0].Content.Tags, Is.EqualTo(new[] { "anki", "tsv" }));
        });
    }

    [Test]
    public async Task MoodleXmlTypesAndCategoriesAreMapped()
    {
        var parsed = await ParseAsync("moodle-quiz.xml");
        var q = parsed.Questions.ToDictionary(x => x.ExternalId);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Problems, Is.Empty, string.Join("\n", parsed.Problems));
            Assert.That(q.Keys, Is.EquivalentTo(new[] { "moodle-capital", "moodle-even", "moodle-boils", "moodle-ocean", "moodle-essay" }));
            Assert.That(q["moodle-capital"].Facet!.ToString(), Is.EqualTo("quiz__formats__moodle-xml__set-one"));
            Assert.That(q["moodle-ocean"].Facet!.ToString(), Is.EqualTo("quiz__formats__moodle-xml__set-two"));
            Assert.That(q["moodle-capital"].Content.Text, Is.EqualTo("<p>What is the capital of <b>Italy</b>?</p>"), "CDATA HTML is kept as written");
            Assert.That(q["moodle-capital"].Content.Options[1].Explanation, Is.EqualTo("Milan is the <i>fashion</i> capital."));
            Assert.That(q["moodle-capital"].Content.Tags, Is.EqualTo(new[] { "geography", "europe" }));
            Assert.That(q["moodle-even"].Content.CorrectKeys, Is.EqualTo(new[] { "A", "B" }));
            Assert.That(q["moodle-boils"].Content.Options.Select(o => o.Text), Is.EqualTo(new[] { "True", "False" }));
            Assert.That(q["moodle-ocean"].Content.ModelAnswer, Is.EqualTo("Pacific"));
            Assert.That(q["moodle-essay"].Content.ModelAnswer, Is.EqualTo("Light energy turns water and CO2 into glucose and oxygen."));
        });
    }

    [Test]
    public async Task AnkiNotesBecomeTheoryQuestionsInTheirDecksPath()
    {
        var parsed = await ParseAsync("japanese.apkg");
        var q = parsed.Questions.ToDictionary(x => x.ExternalId);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Problems, Is.Empty, string.Join("\n", parsed.Problems));
            Assert.That(q.Keys, Is.EquivalentTo(new[] { "anki-f{4]Xa9Lk!", "anki-bR7#q2Z+wE", "anki-Zq8&p1Mn3v" }), "the note's guid is its id");
            Assert.That(q["anki-f{4]Xa9Lk!"].Content.Text, Is.EqualTo("犬"));
            Assert.That(q["anki-f{4]Xa9Lk!"].Content.ModelAnswer, Is.EqualTo("dog <i>(inu)</i>"));
            Assert.That(q["anki-f{4]Xa9Lk!"].Content.Tags, Is.EqualTo(new[] { "animals", "jlpt5" }));
            Assert.That(q["anki-f{4]Xa9Lk!"].Facet!.ToString(), Is.EqualTo("languages__japanese__vocabulary__basics"));
            Assert.That(q["anki-Zq8&p1Mn3v"].Facet!.ToString(), Is.EqualTo("science__general__general__general"), "a shallow deck is padded");
        });
    }

    [TestCase("$course$/top/Évaluation/Road  signs/Level_1/Set #2", "evaluation__road-signs__level_1__set-2")]
    [TestCase("$system$/Driving/Signs/Warning/Shapes", "driving__signs__warning__shapes")]
    public void CategoriesBecomeFacetPathsOfCodes(string category, string path)
    {
        Assert.That(CategoryPath.TryParse(CategoryPath.WithoutMoodleContext(category), out var parsed, out var reason), Is.True, reason);
        Assert.That(parsed.ToString(), Is.EqualTo(path));
    }

    [Test]
    public void ACsvRowWithTheWrongNumberOfCellsIsReportedWithItsLine()
    {
        var bytes = "id,question,back\nok,Fine?,Yes\nshort,Missing a cell\n"u8.ToArray();

        var parsed = QuestionFileParser.Parse(ImportFile.FromBytes("a__b__c__d.csv", bytes), bytes);

        Assert.That(parsed.Problems.Single().ToString(), Is.EqualTo("a__b__c__d.csv [1] line 3 has 2 cells, the header has 3"));
        Assert.That(parsed.IsValid, Is.False, "one bad row rejects the whole file");
    }

    private static async Task<ParsedFile> ParseAsync(string name)
    {
        var path = Path.Combine(Importer.Fixture("formats"), name);
        var file = ImportFile.FromDisk(name, path);
        return QuestionFileParser.Parse(file, await file.ReadAsync(CancellationToken.None), new AnkiPackageReader());
    }
}
