/** MariaDB and MySQL: everything Retort does differently on them. Internal: no compatibility promise. */
package dev.retort.dialect.mariadb;
