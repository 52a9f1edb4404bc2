#!/usr/bin/env bash
# Shared by scripts/backup and scripts/restore: reaching a MariaDB server named by an ADO.NET-style
# connection string (as the API reads ConnectionStrings__Learning) with the command-line clients,
# without the password ever appearing in arguments, `ps` or the output.
set -euo pipefail

# The server scripts/run starts (services.sh start_mariadb with port 3307 and database learning).
RUN_CONNECTION_STRING="Server=127.0.0.1;Port=3307;User ID=root;Database=learning"

parse_connection_string() { # parse_connection_string STRING: sets DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_NAME
  DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=root DB_PASSWORD="" DB_NAME=""
  local rest=$1 key value quote
  while [ -n "$rest" ]; do
    rest=${rest#"${rest%%[![:space:];]*}"}
    [ -z "$rest" ] && break
    if [[ $rest != *=* ]]; then log "connection string: '${rest%%;*}' has no value"; return 1; fi
    key=${rest%%=*}; rest=${rest#*=}
    rest=${rest#"${rest%%[![:space:]]*}"}
    # MySqlConnector lets a value be quoted so it can hold ';' (passwords do); a doubled quote stands for one.
    if [[ $rest == [\"\']* ]]; then
      quote=${rest:0:1}; rest=${rest:1}; value=""
      while :; do
        if [[ $rest != *"$quote"* ]]; then log "connection string: unterminated quote"; return 1; fi
        value+=${rest%%"$quote"*}; rest=${rest#*"$quote"}
        if [[ $rest == "$quote"* ]]; then value+=$quote; rest=${rest:1}; else break; fi
      done
    else
      value=${rest%%;*}; [[ $rest == *";"* ]] && rest=${rest#*;} || rest=""
      value=${value%"${value##*[![:space:]]}"}
    fi
    key=$(tr -d '[:space:]' <<<"${key,,}")
    case "$key" in
      server|host|datasource|address|addr|networkaddress) DB_HOST=${value%%,*} ;; # a failover list: its first host
      port) DB_PORT=$value ;;
      userid|uid|user|username) DB_USER=$value ;;
      password|pwd) DB_PASSWORD=$value ;;
      database|initialcatalog) DB_NAME=$value ;;
    esac
  done
  [[ $DB_PORT =~ ^[0-9]+$ ]] || { log "connection string: port '$DB_PORT' is not a number"; return 1; }
  [ -n "$DB_NAME" ] || { log "connection string names no Database"; return 1; }
  [[ $DB_NAME =~ ^[A-Za-z0-9_$-]+$ ]] || { log "database name '$DB_NAME' has characters these scripts do not quote"; return 1; }
}

write_client_options() { # write_client_options FILE: a [client] option file for the parsed server, readable by its owner only
  local file=$1 password=${DB_PASSWORD//\\/\\\\}
  password=${password//\"/\\\"}
  (umask 077; : >"$file")
  # An option file keeps the password out of the process list, where --password=... or a URL would show it.
  {
    printf '[client]\nhost=%s\nport=%s\nuser=%s\nprotocol=tcp\n' "$DB_HOST" "$DB_PORT" "$DB_USER"
    [ -n "$DB_PASSWORD" ] && printf 'password="%s"\n' "$password"
    true
  } >"$file"
}

describe_server() { echo "$DB_USER@$DB_HOST:$DB_PORT/$DB_NAME"; } # for messages: never the password
