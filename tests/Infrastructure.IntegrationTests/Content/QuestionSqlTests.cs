using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Questions;
using NUnit.Framework;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Content;

public sealed class QuestionSqlTests
{
    [Test]
    public void AnEmptySpecificationPagesByIdWithOneExtraRowToDetectTheNextPage()
    {
        var query = QuestionSql.Build(new QuestionSpecification { Limit = 20 });

        Assert.Multiple(() =>
        {
            Assert.That(query.Page, Does.Contain("WHERE 1 = 1").And.Contain("ORDER BY q.id").And.EndWith("LIMIT @Take"));
            Assert.That(query.Parameters.Get<int>("Take"), Is.EqualTo(21));
            Assert.That(query.Count, Does.Not.Contain("LIMIT"));
        });
    }

    [Test]
    public void NodeFilterMatchesTheNodeAndItsDescendantsWithEscapedLikePattern()
    {
        var query = QuestionSql.Build(new QuestionSpecification { NodePath = "driving__signs" });

        Assert.Multiple(() =>
        {
            Assert.That(query.Page, Does.Contain("(f.path = @NodePath OR f.path LIKE @NodePathPrefix)"));
            Assert.That(query.Parameters.Get<string>("NodePath"), Is.EqualTo("driving__signs"));
            Assert.That(query.Parameters.Get<string>("NodePathPrefix"), Is.EqualTo(@"driving\_\_signs\_\_%"));
        });
    }

    [Test]
    public void LearnerSpecificationOnlySeesPublishedQuestionsUnderActiveNodes()
    {
        var query = QuestionSql.Build(new QuestionSpecification { Viewer = ContentViewer.Learner });

        Assert.That(query.Page, Does.Contain(VisibleQuestions.Joins).And.Contain(VisibleQuestions.Condition));
        Assert.That(query.Count, Does.Contain(VisibleQuestions.Joins).And.Contain(VisibleQuestions.Condition));
    }

    [Test]
    public void TagFiltersBindListsAndCountDistinctTagsForAll()
    {
        var query = QuestionSql.Build(new QuestionSpecification { TagsAny = ["a", "b"], TagsAll = ["x", "y", "x"] });

        Assert.Multiple(() =>
        {
            Assert.That(query.Page, Does.Contain("qt.tag IN @TagsAny").And.Contain("qt.tag IN @TagsAll) = @TagsAllCount"));
            Assert.That(query.Parameters.Get<IReadOnlyList<string>>("TagsAny"), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(query.Parameters.Get<int>("TagsAllCount"), Is.EqualTo(2));
        });
    }

    [Test]
    public void SearchOrdersByRelevanceAndTheCursorContinuesAfterTheLastScoreAndId()
    {
        var query = QuestionSql.Build(new QuestionSpecification
        {
            Search = " bears ", Type = QuestionType.Mcq, MinDifficulty = 2, MaxDifficulty = 4, After = new KeysetCursor(17, 3.5),
        });

        Assert.Multiple(() =>
        {
            Assert.That(query.Page, Does.Contain("ORDER BY score DESC, q.id"));
            Assert.That(query.Page, Does.Contain("< @AfterScore OR (").And.Contain("= @AfterScore AND q.id > @AfterId"));
            Assert.That(query.Count, Does.Not.Contain("@AfterId"), "the total ignores the cursor");
            Assert.That(query.Parameters.Get<string>("Search"), Is.EqualTo("bears"));
            Assert.That(query.Parameters.Get<string>("Type"), Is.EqualTo("mcq"));
            Assert.That(query.Parameters.Get<int>("MinDifficulty"), Is.EqualTo(2));
            Assert.That(query.Parameters.Get<long>("AfterId"), Is.EqualTo(17));
            Assert.That(query.Parameters.Get<double>("AfterScore"), Is.EqualTo(3.5));
        });
    }

    [Test]
    public void UserTextNeverEntersTheSqlText()
    {
        const string hostile = "x' OR 1=1; DROP TABLE questions; --";

        var query = QuestionSql.Build(new QuestionSpecification { Search = hostile, NodePath = hostile, TagsAny = [hostile] });

        Assert.That(query.Page + query.Count, Does.Not.Contain("DROP TABLE"));
    }

    [Test]
    public void FullTextOperatorsNeverReachTheParser()
    {
        var operatorsOnly = QuestionSql.Build(new QuestionSpecification { Search = "*" });
        var mixed = QuestionSql.Build(new QuestionSpecification { Search = "+road* \"signs\" -(warning)" });

        Assert.Multiple(() =>
        {
            Assert.That(operatorsOnly.Page, Does.Contain("1 = 0"));
            Assert.That(mixed.Parameters.Get<string>("Search"), Is.EqualTo("road signs warning"));
        });
    }
}
