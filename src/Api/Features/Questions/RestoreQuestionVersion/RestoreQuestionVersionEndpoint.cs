using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Application.Questions.RestoreQuestionVersion;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.RestoreQuestionVersion;

internal sealed class RestoreQuestionVersionEndpoint(IHandler<RestoreQuestionVersionCommand, QuestionDto> handler)
    : Endpoint<RestoreQuestionVersionRequest, QuestionDto>
{
    public override void Configure()
    {
        Post(RestoreQuestionVersionRequest.Route);
        // A restore is an edit: the roles of PATCH /questions/{id}.
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Questions"));
        Summary(s =>
        {
            s.Summary = "Restore an old version: its content becomes a new version (authors and admins; If-Match honoured)";
            s.Description = "History is never rewritten: the new version records which one it copied. The rules of an edit apply: "
                + "with Content:RequireReview a question past draft goes back to draft. Restoring the current content changes nothing.";
        });
        Description(x => x.Produces<QuestionDto>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404)
            .ProducesProblem(409).ProducesProblem(412), clearDefaults: true);
    }

    public override async Task HandleAsync(RestoreQuestionVersionRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new RestoreQuestionVersionCommand(User.UserId(), req.Id, req.Version,
            IfMatchHeader.Of(HttpContext.Request)), ct), ct);
}
