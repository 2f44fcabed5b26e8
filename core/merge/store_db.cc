// The bulk write of an engine that writes row by row.
#include "store_db.h"

namespace claimex {

namespace {

std::string BulkStatement(const BulkRows& rows) {
  auto parameter = [](std::size_t i) { return std::string(1, '?').append(std::to_string(i + 1)); };
  std::string sql;
  if (rows.mode == BulkRows::Mode::kUpdate) {
    sql = "UPDATE " + rows.table + " SET ";
    for (std::size_t i = rows.key_columns; i < rows.columns.size(); ++i) {
      sql += (i > rows.key_columns ? ", " : "") + rows.columns[i] + " = " + parameter(i);
    }
    for (std::size_t i = 0; i < rows.key_columns; ++i) {
      sql += (i ? " AND " : " WHERE ") + rows.columns[i] + " = " + parameter(i);
    }
    return sql;
  }
  std::string names, values, key, updates;
  for (std::size_t i = 0; i < rows.columns.size(); ++i) {
    names += (i ? ", " : "") + rows.columns[i];
    values += (i ? ", " : "") + parameter(i);
    if (i < rows.key_columns) {
      key += (i ? ", " : "") + rows.columns[i];
    } else {
      updates += (updates.empty() ? "" : ", ") + rows.columns[i] + " = excluded." + rows.columns[i];
    }
  }
  sql = "INSERT INTO " + rows.table + "(" + names + ") VALUES (" + values + ") ON CONFLICT ";
  if (rows.mode == BulkRows::Mode::kInsert || updates.empty()) return sql + "DO NOTHING";
  return sql + "(" + key + ") DO UPDATE SET " + updates;
}

}  // namespace

Status StoreDb::BulkWrite(const BulkRows& rows) {
  if (rows.empty()) return Status::OK();
  auto [at, prepare] = row_statements_.try_emplace(BulkStatement(rows));
  if (prepare) {
    std::string error;
    at->second = Prepare(at->first, Planning::kKept, &error);
    if (!at->second) {
      row_statements_.erase(at);
      return Status::IOError(error);
    }
  }
  StoreStatement* statement = at->second.get();
  const std::size_t width = rows.columns.size();
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (std::size_t column = 0; column < width; ++column) {
      const StoreValue& v = rows.values[row * width + column];
      const int i = static_cast<int>(column) + 1;
      switch (v.type) {
        case StoreValue::Type::kNull:
          statement->BindNull(i);
          break;
        case StoreValue::Type::kInt:
          statement->BindInt(i, v.integer);
          break;
        case StoreValue::Type::kDouble:
          statement->BindDouble(i, v.real);
          break;
        case StoreValue::Type::kText:
          statement->BindText(i, v.bytes);
          break;
        case StoreValue::Type::kBlob:
          statement->BindBlob(i, v.bytes);
          break;
      }
    }
    if (statement->Execute() == StepResult::kError) {
      const std::string why = LastError();
      statement->Reset();  // kept for the next write
      return Status::IOError(why);
    }
    statement->Reset();
  }
  return Status::OK();
}

}  // namespace claimex
