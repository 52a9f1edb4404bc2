using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.ListImports;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Imports.ListImports;

internal sealed class ListImportsEndpoint(IHandler<ListImportsQuery, ImportJobPage> handler) : Endpoint<ListImportsRequest, ImportJobPage>
{
    public override void Configure()
    {
        Get(ListImportsRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Imports"));
        Summary(s => s.Summary = "My import jobs, newest first, by state and creation time (admins: everyone's, by author)");
        Description(x => x.Produces<ImportJobPage>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(ListImportsRequest req, CancellationToken ct)
    {
        var visibleTo = User.IsInRole(Security.Roles.Admin) ? (Guid?)null : User.UserId();
        await Send.OkAsync(await handler.HandleAsync(new ListImportsQuery(visibleTo, req.Author, req.State, req.From, req.To, req.Cursor, req.Limit), ct), ct);
    }
}
