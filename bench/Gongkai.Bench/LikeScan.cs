using Gongkai.Search;
using Microsoft.Data.Sqlite;

namespace Gongkai.Bench;

/// <summary>The reference most portals use: the same documents in SQLite, searched with LIKE '%q%' on every text column.</summary>
internal sealed class LikeScan : IDisposable
{
    private readonly SqliteConnection connection;

    private LikeScan(SqliteConnection connection) => this.connection = connection;

    public static LikeScan Create(string path, IReadOnlyList<SearchDocument> documents)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Execute(connection, "CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT, attachment TEXT, keywords TEXT, docnum TEXT, indexnum TEXT, published INTEGER)");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs VALUES ($id, $title, $body, $attachment, $keywords, $docnum, $indexnum, $published)";
            foreach (var name in new[] { "$id", "$title", "$body", "$attachment", "$keywords", "$docnum", "$indexnum", "$published" })
            {
                insert.Parameters.Add(new SqliteParameter(name, null));
            }
            foreach (var d in documents)
            {
                object[] values = [d.Id, d.Title, d.Body, d.AttachmentText, d.Keywords, d.DocumentNumber, d.IndexNumber, d.PublishedAt.Ticks];
                for (var i = 0; i < values.Length; i++)
                {
                    insert.Parameters[i].Value = values[i];
                }
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        return new LikeScan(connection);
    }

    public int Count(string term)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM docs WHERE title LIKE $p ESCAPE '\\' OR body LIKE $p ESCAPE '\\' OR attachment LIKE $p ESCAPE '\\' "
            + "OR keywords LIKE $p ESCAPE '\\' OR docnum LIKE $p ESCAPE '\\' OR indexnum LIKE $p ESCAPE '\\'";
        command.Parameters.AddWithValue("$p", "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
