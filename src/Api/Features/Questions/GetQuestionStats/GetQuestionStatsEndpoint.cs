using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.GetQuestionStats;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.GetQuestionStats;

internal sealed class GetQuestionStatsEndpoint(IHandler<GetQuestionStatsQuery, QuestionStats> handler)
    : Endpoint<GetQuestionStatsRequest, QuestionStats>
{
    public override void Configure()
    {
        Get(GetQuestionStatsRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Questions"));
        Summary(s =>
        {
            s.Summary = "A question's item statistics per version: answers, proportion correct, discrimination, median time, option picks, flags (staff)";
            s.Description = "Computed by the item statistics job, not per request: computedAt says how fresh the numbers are. "
                + "Undone answers never count. Discrimination is the point-biserial correlation of correctness with the learner's "
                + "rest-score (proportion correct over their earlier answers).";
        });
        Description(x => x.Produces<QuestionStats>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404),
            clearDefaults: true);
    }

    public override async Task HandleAsync(GetQuestionStatsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetQuestionStatsQuery(req.Id), ct), ct);
}
