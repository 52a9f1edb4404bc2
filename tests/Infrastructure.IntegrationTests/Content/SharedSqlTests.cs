using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Learning;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Content;

/// <summary>The SQL fragments that carry a rule for many queries, and their agreement with the Domain's C# rules.</summary>
public sealed class SharedSqlTests
{
    [Test]
    public void LearnersSeePublishedQuestionsWhoseFacetAndAncestorsAreActive()
    {
        Assert.Multiple(() =>
        {
            Assert.That(VisibleQuestions.Published, Is.EqualTo("q.status = 'published'"));
            Assert.That(VisibleQuestions.Condition, Is.EqualTo(
                "(q.status = 'published' AND (f.is_active = 1 AND COALESCE(n1.is_active, 1) = 1 " +
                "AND COALESCE(n2.is_active, 1) = 1 AND COALESCE(n3.is_active, 1) = 1))"));
            Assert.That(VisibleQuestions.Joins, Does.Contain("JOIN hierarchy_nodes f ON f.id = q.facet_id")
                .And.Contain("LEFT JOIN hierarchy_nodes n3 ON n3.id = n2.parent_id"));
        });
    }

    [Test]
    public void AttemptConditionsUseTheDomainsValues()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AttemptSql.NotUndone, Is.EqualTo("NOT EXISTS (SELECT 1 FROM attempt_undos u WHERE u.attempt_id = a.id)"));
            Assert.That(AttemptSql.WasNew, Is.EqualTo("a.state_before = 0"));
            Assert.That(AttemptSql.WasReview, Is.EqualTo("a.state_before = 2"));
            Assert.That(AttemptSql.WasLapse, Is.EqualTo("(a.state_before = 2 AND a.rating = 1)"));
        });
    }

    [Test]
    public void OnePathScopeBindsThePathAndAnEscapedDescendantPattern()
    {
        var parameters = new DynamicParameters();

        var sql = PathScopeSql.Within("f.path", "a_b__c-d", parameters, "Node");

        Assert.Multiple(() =>
        {
            Assert.That(sql, Is.EqualTo("(f.path = @Node OR f.path LIKE @NodePrefix)"));
            Assert.That(parameters.Get<string>("Node"), Is.EqualTo("a_b__c-d"));
            Assert.That(parameters.Get<string>("NodePrefix"), Is.EqualTo(@"a\_b\_\_c-d\_\_%"));
        });
    }

    [Test]
    public void SeveralPathScopesAreAlternativesAndNoneMeansEverything()
    {
        var parameters = new DynamicParameters();
        var paths = Enumerable.Range(0, PathScopeSql.MaxPaths + 5).Select(i => $"t{i}").ToList();

        var sql = PathScopeSql.WithinAny("f.path", paths, parameters);

        Assert.Multiple(() =>
        {
            Assert.That(PathScopeSql.WithinAny("f.path", [], new DynamicParameters()), Is.EqualTo("1 = 1"));
            Assert.That(sql, Does.StartWith("((f.path = @Scope0 OR f.path LIKE @Scope0Prefix) OR (f.path = @Scope1 OR"));
            Assert.That(parameters.ParameterNames.Count(), Is.EqualTo(2 * PathScopeSql.MaxPaths), "at most MaxPaths scopes");
            Assert.That(parameters.Get<string>("Scope1Prefix"), Is.EqualTo(@"t1\_\_%"));
        });
    }

    [Test]
    public void ATopicIsThePathsFirstCode() =>
        Assert.That(PathScopeSql.TopicOf("f.path"), Is.EqualTo("SUBSTRING_INDEX(f.path, '__', 1)"));

    [Test]
    public async Task PathScopeSqlAgreesWithHierarchyPathCovers()
    {
        var random = new Random(7);
        string[] codes = ["a", "b", "a_b", "axb", "a-b", "ab"];
        string RandomPath() => string.Join(HierarchyPath.Separator, Enumerable.Range(0, random.Next(1, 5)).Select(_ => codes[random.Next(codes.Length)]));
        var pairs = Enumerable.Range(0, 300).Select(_ => (Scope: RandomPath(), Path: RandomPath())).ToList();
        pairs.AddRange([("a_b", "axb__a"), ("a", "a"), ("a", "a__b"), ("a__b", "a")]);

        await using var connection = await Fixture.OpenAsync();
        foreach (var (scope, path) in pairs)
        {
            var parameters = new DynamicParameters(new { Path = path });
            var sql = $"SELECT {PathScopeSql.Within("f.path", scope, parameters, "Scope")} FROM (SELECT CAST(@Path AS CHAR) COLLATE utf8mb4_bin AS path) f";

            var inScope = await connection.ExecuteScalarAsync<bool>(sql, parameters);

            Assert.That(inScope, Is.EqualTo(HierarchyPath.Covers(scope, path)), $"{path} in {scope}");
        }
    }

    [Test]
    public async Task AttemptKindsInSqlAgreeWithTheDomain([Values] CardState before, [Values] Rating rating)
    {
        await using var connection = await Fixture.OpenAsync();
        var row = await connection.QuerySingleAsync<(bool New, bool Review, bool Lapse)>(
            $"SELECT {AttemptSql.WasNew}, {AttemptSql.WasReview}, {AttemptSql.WasLapse} FROM (SELECT @State AS state_before, @Rating AS rating) a",
            new { State = (int)before, Rating = (int)rating });

        Assert.Multiple(() =>
        {
            Assert.That(row.New, Is.EqualTo(before == CardState.New));
            Assert.That(row.Review, Is.EqualTo(before == CardState.Review));
            Assert.That(row.Lapse, Is.EqualTo(Lapse.Is(before, rating)));
        });
    }
}
