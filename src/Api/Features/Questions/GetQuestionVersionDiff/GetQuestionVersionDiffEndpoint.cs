using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.GetQuestionVersionDiff;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.GetQuestionVersionDiff;

internal sealed class GetQuestionVersionDiffEndpoint(IHandler<GetQuestionVersionDiffQuery, QuestionVersionDiff> handler)
    : Endpoint<GetQuestionVersionDiffRequest, QuestionVersionDiff>
{
    public override void Configure()
    {
        Get(GetQuestionVersionDiffRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Questions"));
        Summary(s =>
        {
            s.Summary = "What changed between two versions of a question, field by field (staff)";
            s.Description = "Compares `version` with `against` (default: the version before it): each changed field with its old and "
                + "new value, and options added, removed and changed, matched by key.";
        });
        Description(x => x.Produces<QuestionVersionDiff>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404),
            clearDefaults: true);
    }

    public override async Task HandleAsync(GetQuestionVersionDiffRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetQuestionVersionDiffQuery(req.Id, req.Version, req.Against), ct), ct);
}
