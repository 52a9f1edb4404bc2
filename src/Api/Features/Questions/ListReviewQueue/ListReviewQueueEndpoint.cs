using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions.ListReviewQueue;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.ListReviewQueue;

internal sealed class ListReviewQueueEndpoint(IHandler<ListReviewQueueQuery, ReviewQueuePage> handler)
    : Endpoint<ListReviewQueueRequest, ReviewQueuePage>
{
    public override void Configure()
    {
        Get(ListReviewQueueRequest.Route);
        Roles(QuestionActionRoles.For(QuestionAction.Approve));
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = "Questions waiting for review, oldest submission first, by node and author (reviewers and admins)");
        Description(x => x.Produces<ReviewQueuePage>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(ListReviewQueueRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListReviewQueueQuery(req.Node, req.Author, req.Cursor, req.Limit), ct), ct);
}
