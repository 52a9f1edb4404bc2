using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Infrastructure.Questions;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Content;

public sealed class ReviewQueueSqlTests
{
    private static readonly Guid Author = Guid.Parse("0b8e4a52-7c1d-4f3e-9a20-5d6c7e8f9a01");

    [Test]
    public void AnUnfilteredQueueIsEveryQuestionInReviewOldestSubmissionFirstWithOneExtraRow()
    {
        var (sql, parameters) = ReviewQueueSql.Build(new ReviewQueueSpecification(Limit: 10));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("q.status = @InReview").And.Contain("ORDER BY q.submitted_at, q.id").And.Contain("LIMIT @Take"));
            Assert.That(parameters.Get<string>("InReview"), Is.EqualTo("in_review"));
            Assert.That(parameters.Get<int>("Take"), Is.EqualTo(11));
            Assert.That(sql, Does.Not.Contain("@AfterId").And.Not.Contain("@AuthorId"));
        });
    }

    [Test]
    public void FiltersAreParametersAndTheCursorContinuesAfterTheLastSubmission()
    {
        var submitted = new DateTimeOffset(2026, 11, 30, 9, 15, 30, TimeSpan.Zero).AddTicks(1230);
        var cursor = new KeysetCursor(42, ReviewQueueSpecification.SubmittedKey(submitted));
        var (sql, parameters) = ReviewQueueSql.Build(new ReviewQueueSpecification("driving__signs", Author, cursor));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("q.created_by = @AuthorId")
                .And.Contain("(q.submitted_at > @AfterSubmitted OR (q.submitted_at = @AfterSubmitted AND q.id > @AfterId))"));
            Assert.That(parameters.Get<string>("AuthorId"), Is.EqualTo(Author.ToString()));
            Assert.That(parameters.Get<DateTimeOffset>("AfterSubmitted"), Is.EqualTo(submitted.AddTicks(-submitted.Ticks % 10)),
                "the cursor keeps the microseconds the column stores");
            Assert.That(parameters.Get<long>("AfterId"), Is.EqualTo(42));
            Assert.That(sql, Does.Not.Contain("driving"), "the node path reaches SQL only as a parameter");
        });
    }
}
