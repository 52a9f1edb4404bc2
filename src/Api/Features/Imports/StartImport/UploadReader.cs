using System.Text;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Api.Features.Imports.StartImport;

/// <summary>Binds either body shape of an upload to import files; the bytes are kept as sent so JSON errors keep their positions.</summary>
internal static class UploadReader
{
    public static async Task<(IReadOnlyList<ImportFile> Files, bool Publish, bool DryRun)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var files = new List<ImportFile>();
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                files.Add(ImportFile.FromBytes(Path.GetFileName(file.FileName), buffer.ToArray()));
            }
            return (files, Flag(form["publish"]), Flag(form["dryRun"]));
        }
        if (request.HasJsonContentType())
        {
            var body = await request.ReadFromJsonAsync<StartImportRequest>(ct)
                       ?? throw ProblemException.Field("files", "Send an object with the files to import.");
            if (body.Files is null || body.Files.Any(f => f?.Name is null || f.Content is null))
                throw ProblemException.Field("files", "Send a list of files, each with a name and content.");
            var files = body.Files.Select(f => ImportFile.FromBytes(Path.GetFileName(f.Name), Encoding.UTF8.GetBytes(f.Content))).ToList();
            return (files, body.Publish, body.DryRun);
        }
        throw new ProblemException(Problems.UnsupportedMediaType, "Send multipart/form-data files or a JSON body.");
    }

    private static bool Flag(string? value) => bool.TryParse(value, out var flag) && flag;
}
