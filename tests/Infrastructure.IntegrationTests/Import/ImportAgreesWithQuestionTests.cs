using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using Dapper;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>The import writes questions in bulk; what it decides must be what <see cref="Question"/> decides one at a time.</summary>
public sealed class ImportAgreesWithQuestionTests : ImportTestBase
{
    private const long FacetId = 7;

    [Test]
    public void ForRandomContentPairsTheImportMakesANewVersionExactlyWhenReviseDoes()
    {
        var random = new Random(20261130);
        for (var i = 0; i < 500; i++)
        {
            var stored = RandomContent(random);
            var incoming = random.Next(3) == 0 ? stored with { } : Vary(stored, random);
            var question = Question.Restore(1, "q", FacetId, QuestionStatus.Published, 4, stored, new IrtParameters(1, 0, 0.25), false);

            var plan = Classify(incoming, new ExistingQuestion(1, "q", FacetId, stored.Hash()));
            var revised = question.Revise(incoming);

            Assert.That(plan.Staged.Count == 1 && plan.Staged[0].Action == ImportAction.Updated, Is.EqualTo(revised), $"pair {i}");
            Assert.That(plan.Staged.Count == 1 && plan.Staged[0].ContentChanged, Is.EqualTo(revised), $"pair {i}");
            Assert.That(question.Version, Is.EqualTo(4 + (revised ? 1 : 0)), "one version per revision, as UpdateChanged adds content_changed");
        }
    }

    [Test]
    public void AMoveKeepsTheVersionUnlessTheContentAlsoChanged()
    {
        var content = RandomContent(new Random(1));

        var moved = Classify(content, new ExistingQuestion(1, "q", FacetId + 1, content.Hash())).Staged.Single();
        var movedAndEdited = Classify(content with { Text = content.Text + "!" }, new ExistingQuestion(1, "q", FacetId + 1, content.Hash())).Staged.Single();

        Assert.Multiple(() =>
        {
            Assert.That((moved.Action, moved.ContentChanged), Is.EqualTo((ImportAction.Moved, false)));
            Assert.That((movedAndEdited.Action, movedAndEdited.ContentChanged), Is.EqualTo((ImportAction.Moved, true)));
        });
    }

    [Test]
    public async Task PublishingByImportMovesEachStatusAsQuestionPublishWithBankDoes()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));
        var ids = (await QueryAsync<string>("SELECT external_id FROM questions ORDER BY external_id")).ToList();
        var statuses = Enum.GetValues<QuestionStatus>();
        Assert.That(ids, Has.Count.GreaterThanOrEqualTo(statuses.Length));
        var before = ids.Take(statuses.Length).Zip(statuses).ToDictionary(p => p.First, p => p.Second);
        foreach (var (id, status) in before)
            await ExecuteAsync("UPDATE questions SET status = @Status WHERE external_id = @Id", new { Status = WireNames.Of(status), Id = id });

        var report = await Importer.ImportAsync(Importer.Fixture("mixed"), new ImportOptions(Publish: true));

        var expected = before.ToDictionary(p => p.Key, p => Expected(p.Value));
        var after = (await QueryAsync<(string Id, string Status)>("SELECT external_id, status FROM questions"))
            .Where(r => before.ContainsKey(r.Id)).ToDictionary(r => r.Id, r => WireNames.Parse<QuestionStatus>(r.Status));
        Assert.Multiple(() =>
        {
            Assert.That(after, Is.EquivalentTo(expected.ToDictionary(p => p.Key, p => p.Value.Status)));
            Assert.That(report.Published, Is.EqualTo(expected.Values.Count(e => e.WentLive) + (ids.Count - before.Count)));
            Assert.That(after.Values, Has.Member(QuestionStatus.Archived), "archived questions stay archived on import");
        });
    }

    [Test]
    public async Task NewQuestionsStartAsQuestionCreateStartsThemAndGoLiveOnlyWithPublish()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"), new ImportOptions(Publish: true));
        var created = Question.Create("q", FacetId, RandomContent(new Random(2)));
        created.PublishWithBank();

        var statuses = await QueryAsync<string>("SELECT DISTINCT status FROM questions");

        Assert.That(statuses, Is.EqualTo(new[] { WireNames.Of(created.Status) }));
        Assert.That(ImportPublishing.NewQuestionStatus(publish: false), Is.EqualTo(Question.InitialStatus));
    }

    private static (QuestionStatus Status, bool WentLive) Expected(QuestionStatus status)
    {
        var question = Question.Restore(1, "q", FacetId, status, 1, RandomContent(new Random(3)), new IrtParameters(1, 0, 0.25), false);
        var wentLive = question.PublishWithBank();
        return (question.Status, wentLive);
    }

    private static ImportPlan Classify(QuestionContent incoming, ExistingQuestion existing)
    {
        var file = new ParsedFile(ImportFile.FromBytes("t__s__l__f.json", []), HierarchyPath.Parse("t__s__l__f"));
        file.Questions.Add(new ImportedQuestion(existing.ExternalId, 0, incoming));
        return ImportPlan.Classify([file], new Dictionary<string, long> { ["t__s__l__f"] = FacetId },
            new Dictionary<string, ExistingQuestion> { [existing.ExternalId] = existing });
    }

    private static QuestionContent RandomContent(Random random) => new()
    {
        Type = QuestionType.Mcq,
        Text = $"Question {random.Next(4)}",
        Options = [new("A", $"a{random.Next(2)}"), new("B", "b")],
        CorrectKeys = [random.Next(2) == 0 ? "A" : "B"],
        Explanation = random.Next(2) == 0 ? null : "because",
        Difficulty = random.Next(1, 6),
        Tags = random.Next(2) == 0 ? [] : ["t1", "t2"],
    };

    private static QuestionContent Vary(QuestionContent c, Random random) => random.Next(6) switch
    {
        0 => c with { Text = c.Text + " " },
        1 => c with { Options = [c.Options[0], new("B", "b2")] },
        2 => c with { CorrectKeys = c.CorrectKeys[0] == "A" ? ["B"] : ["A"] },
        3 => c with { Difficulty = c.Difficulty % 5 + 1 },
        4 => c with { Tags = [.. c.Tags, "extra"] },
        _ => RandomContent(random),
    };

    private static async Task<IEnumerable<T>> QueryAsync<T>(string sql)
    {
        await using var connection = await Fixture.OpenAsync();
        return await connection.QueryAsync<T>(sql);
    }

    private static async Task ExecuteAsync(string sql, object args)
    {
        await using var connection = await Fixture.OpenAsync();
        await connection.ExecuteAsync(sql, args);
    }
}
