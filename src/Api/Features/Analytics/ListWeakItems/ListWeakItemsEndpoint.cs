using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Analytics.ListWeakItems;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Analytics.ListWeakItems;

internal sealed class ListWeakItemsEndpoint(IHandler<ListWeakItemsQuery, WeakItemsPage> handler) : Endpoint<ListWeakItemsRequest, WeakItemsPage>
{
    public override void Configure()
    {
        Get(AnalyticsRoutes.Items);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Analytics"));
        Summary(s =>
        {
            s.Summary = "Weak questions: flagged by the item statistics job, each flag with its reason (staff)";
            s.Description = "Flags: low_discrimination, too_easy, too_hard, dead_distractor, key_confusing_distractor, high_leech_rate, "
                + "judged on each question's current version. computedAt says when the job last finished.";
        });
        Description(x => x.Produces<WeakItemsPage>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(ListWeakItemsRequest req, CancellationToken ct)
    {
        // The validator has checked the name.
        var sort = WireNames.TryParse(req.Sort, out WeakItemSort parsed) ? parsed : WeakItemSort.Flags;
        await Send.OkAsync(await handler.HandleAsync(new ListWeakItemsQuery(req.Node, sort, req.MinAttempts, req.Cursor, req.Limit), ct), ct);
    }
}
