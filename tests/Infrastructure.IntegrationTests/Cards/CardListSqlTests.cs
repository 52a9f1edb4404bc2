using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Infrastructure.Cards;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Cards;

public sealed class CardListSqlTests
{
    private static readonly Guid Learner = Guid.Parse("6f1c2b9e-0d3a-4c55-9a61-2b7f0e4d8c13");

    [Test]
    public void AnUnfilteredListIsTheLearnersOwnCardsByIdWithOneExtraRowToDetectTheNextPage()
    {
        var (sql, parameters) = CardListSql.Build(new CardListSpecification(Learner, Limit: 10));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("WHERE c.user_id = @UserId").And.Contain("ORDER BY c.id").And.Contain("LIMIT @Take"));
            Assert.That(parameters.Get<string>("UserId"), Is.EqualTo(Learner.ToString()));
            Assert.That(parameters.Get<int>("Take"), Is.EqualTo(11));
            Assert.That(sql, Does.Not.Contain("@AfterId"));
        });
    }

    [Test]
    public void EveryFilterIsAParameterAndTheCursorContinuesAfterTheLastId()
    {
        var due = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(2));
        var (sql, parameters) = CardListSql.Build(new CardListSpecification(Learner, CardState.Review, due, "driving__signs",
            Leech: true, Suspended: false, After: new KeysetCursor(42)));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("c.state = @State").And.Contain("c.due < @DueBefore")
                .And.Contain("c.leech = @Leech").And.Contain("c.suspended = @Suspended").And.Contain("c.id > @AfterId"));
            Assert.That(parameters.Get<int>("State"), Is.EqualTo((int)CardState.Review));
            Assert.That(parameters.Get<DateTime>("DueBefore"), Is.EqualTo(due.UtcDateTime));
            Assert.That(parameters.Get<bool>("Leech"), Is.True);
            Assert.That(parameters.Get<bool>("Suspended"), Is.False);
            Assert.That(parameters.Get<long>("AfterId"), Is.EqualTo(42));
            Assert.That(sql, Does.Not.Contain("driving"), "the node path reaches SQL only as a parameter");
        });
    }
}
